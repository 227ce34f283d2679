package io.taskforge.datasets.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import io.taskforge.datasets.pack.Pack;
import io.taskforge.datasets.pack.PackException;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code pack eval}: scores a responses file against a pack's records with the task verifiers, and
 * sums the verdicts up by split, task and level, with each task's curve of accuracy against level
 * and the level where it crosses 50%. The result is a JSON-ready map; {@link ReportHtml} draws it.
 */
public final class PackEval {
  private PackEval() {}

  /** Counts of one group of verdicts. */
  static final class Tally {
    long count;
    long correct;
    double scoreSum;

    void add(Verdict v) {
      count++;
      correct += v.correct() ? 1 : 0;
      scoreSum += v.score();
    }

    double accuracy() {
      return count == 0 ? 0 : (double) correct / count;
    }

    double meanScore() {
      return count == 0 ? 0 : scoreSum / count;
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("count", count);
      m.put("correct", correct);
      m.put("accuracy", round(accuracy()));
      m.put("mean_score", round(meanScore()));
      return m;
    }
  }

  /** A task's tallies: overall and by level. */
  static final class TaskTally {
    final Tally all = new Tally();
    final TreeMap<Integer, Tally> levels = new TreeMap<>();

    void add(int level, Verdict v) {
      all.add(v);
      levels.computeIfAbsent(level, l -> new Tally()).add(v);
    }

    Map<String, Object> toMap(String task) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("task", task);
      m.putAll(all.toMap());
      List<Map<String, Object>> ls = new ArrayList<>();
      levels.forEach((level, t) -> {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("level", level);
        one.putAll(t.toMap());
        ls.add(one);
      });
      m.put("levels", ls);
      return m;
    }
  }

  public static Map<String, Object> evaluate(Path packDir, Path responsesFile) throws IOException {
    Pack pack = Pack.open(packDir);
    Map<String, String> responses = new HashMap<>();
    Map<String, Long> responseLines = new HashMap<>();
    long responseCount = readResponses(responsesFile, responses, responseLines);

    Tally overall = new Tally();
    Map<String, Long> statuses = new TreeMap<>();
    Map<String, TaskTally> byTask = new TreeMap<>();
    List<Map<String, Object>> splits = new ArrayList<>();
    long records = 0;
    for (String split : pack.splits()) {
      Tally splitAll = new Tally();
      Map<String, TaskTally> splitTasks = new TreeMap<>();
      long[] n = {0};
      pack.forEach(split, List.of("id", "task", "level", "problem"), (line, v) -> {
        n[0]++;
        String response = v[0] == null ? null : responses.remove(v[0]);
        if (response == null) {
          return;
        }
        JsonNode problem;
        try {
          problem = v[3] == null ? null : Json.MAPPER.readTree(v[3]);
        } catch (IOException e) {
          problem = null; // the verifier reports BAD_PROBLEM
        }
        Verdict verdict = Verifiers.verify(v[1], problem, response);
        int level = v[2] == null ? 0 : Integer.parseInt(v[2]);
        overall.add(verdict);
        splitAll.add(verdict);
        statuses.merge(verdict.status().name(), 1L, Long::sum);
        splitTasks.computeIfAbsent(v[1], t -> new TaskTally()).add(level, verdict);
        byTask.computeIfAbsent(v[1], t -> new TaskTally()).add(level, verdict);
      });
      records += n[0];
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("split", split);
      s.put("records", n[0]);
      s.putAll(splitAll.toMap());
      List<Map<String, Object>> tasks = new ArrayList<>();
      splitTasks.forEach((task, t) -> tasks.add(t.toMap(task)));
      s.put("tasks", tasks);
      splits.add(s);
    }
    if (!responses.isEmpty()) {
      String id = responses.keySet().stream().min((a, b) -> Long.compare(responseLines.get(a), responseLines.get(b))).orElseThrow();
      throw new PackException(responsesFile + " line " + responseLines.get(id) + " answers " + id
          + ", which is not a record of the pack " + pack.title()
          + (responses.size() > 1 ? " (" + responses.size() + " responses are for unknown ids)" : ""));
    }

    List<Map<String, Object>> tasks = new ArrayList<>();
    byTask.forEach((task, t) -> {
      Map<String, Object> m = t.toMap(task);
      Crossing c = Crossing.of(t.levels);
      m.put("crossing_50", c.level() == null ? null : round(c.level()));
      m.put("crossing_note", c.note());
      tasks.add(m);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("name", pack.name());
    about.put("version", pack.version());
    about.put("canary", pack.canary());
    out.put("pack", about);
    out.put("responses", responseCount);
    out.put("records", records);
    out.put("answered", overall.count);
    out.put("overall", overall.toMap());
    out.put("statuses", statuses);
    out.put("splits", splits);
    out.put("tasks", tasks);
    return out;
  }

  /** Where a task's accuracy first falls from at least 50% to below it, interpolated between levels. */
  record Crossing(Double level, String note) {
    static Crossing of(TreeMap<Integer, Tally> levels) {
      List<Map.Entry<Integer, Tally>> l = new ArrayList<>(levels.entrySet());
      if (l.isEmpty()) {
        return new Crossing(null, "no answered records");
      }
      if (l.get(0).getValue().accuracy() < 0.5) {
        return new Crossing(null, "below 50% from the lowest level answered (" + l.get(0).getKey() + ")");
      }
      for (int i = 0; i + 1 < l.size(); i++) {
        double a = l.get(i).getValue().accuracy();
        double b = l.get(i + 1).getValue().accuracy();
        if (a >= 0.5 && b < 0.5) {
          int la = l.get(i).getKey();
          int lb = l.get(i + 1).getKey();
          double x = la + (a - 0.5) / (a - b) * (lb - la);
          return new Crossing(x, "accuracy falls below 50% between levels " + la + " and " + lb);
        }
      }
      return new Crossing(null, "at or above 50% up to the highest level answered (" + l.get(l.size() - 1).getKey() + ")");
    }
  }

  private static long readResponses(Path file, Map<String, String> into, Map<String, Long> lines) throws IOException {
    long count = 0;
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)), 1 << 16)) {
      String line;
      long number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = Json.MAPPER.readTree(line);
        } catch (IOException e) {
          throw new PackException(file + " line " + number + " is not JSON; each line must be {\"id\": ..., \"response\": ...}");
        }
        if (n == null || !n.isObject() || !n.path("id").isTextual()) {
          throw new PackException(file + " line " + number + " must be an object with a string \"id\" and a string \"response\"");
        }
        JsonNode resp = n.get("response");
        if (resp != null && !resp.isTextual() && !resp.isNull()) {
          throw new PackException(file + " line " + number + " has a \"response\" that is not a string");
        }
        String id = n.get("id").textValue();
        if (into.put(id, resp == null || resp.isNull() ? "" : resp.textValue()) != null) {
          throw new PackException(file + " line " + number + " answers " + id + " again (first answered on line " + lines.get(id) + ")");
        }
        lines.put(id, number);
        count++;
      }
    } catch (NoSuchFileException e) {
      throw new PackException("no such responses file: " + file);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new PackException(file + " is not UTF-8 text");
    }
    return count;
  }

  static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }
}
