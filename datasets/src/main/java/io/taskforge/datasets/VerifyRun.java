package io.taskforge.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskforge.core.Instance;
import io.taskforge.core.Json;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a file of responses against a file of instances: one verdict line per response, in the
 * order of the responses, and a summary by task and level.
 */
public final class VerifyRun {
  private VerifyRun() {}

  /** Bad input, with one sentence saying where and what. */
  public static final class BadInput extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
      super(message);
    }
  }

  /** Reads instances, keyed by id. */
  public static Map<String, Instance> readInstances(String name, BufferedReader in) {
    Map<String, Instance> byId = new LinkedHashMap<>();
    for (Jsonl.NumberedLine l : Jsonl.lines(in)) {
      Instance inst;
      try {
        inst = Jsonl.readInstance(l.text());
      } catch (IOException e) {
        throw new BadInput(name + " line " + l.number() + " is not an instance: " + oneLine(e.getMessage()));
      }
      if (byId.put(inst.id(), inst) != null) {
        throw new BadInput(name + " line " + l.number() + " repeats the instance id " + inst.id());
      }
    }
    return byId;
  }

  /** A response line: {@code {"id": ..., "response": ...}}. */
  public record Response(String id, String response) {}

  public static List<Response> readResponses(String name, BufferedReader in, Map<String, Instance> instances) {
    return Jsonl.lines(in).stream().map(l -> {
      JsonNode n;
      try {
        n = Json.MAPPER.readTree(l.text());
      } catch (IOException e) {
        throw new BadInput(name + " line " + l.number() + " is not JSON: " + oneLine(e.getMessage()));
      }
      if (!(n instanceof ObjectNode o) || !o.path("id").isTextual()) {
        throw new BadInput(name + " line " + l.number() + " must be an object with a string \"id\" and a string \"response\"");
      }
      JsonNode r = o.get("response");
      if (r != null && !r.isTextual() && !r.isNull()) {
        throw new BadInput(name + " line " + l.number() + " has a \"response\" that is not a string");
      }
      String id = o.get("id").textValue();
      if (!instances.containsKey(id)) {
        throw new BadInput(name + " line " + l.number() + " answers instance " + id + ", which is not in the instances file");
      }
      return new Response(id, r == null || r.isNull() ? "" : r.textValue());
    }).toList();
  }

  /** Scores every response, writing verdict lines to {@code out}, and returns the summary. */
  public static Summary run(Map<String, Instance> instances, List<Response> responses, OutputStream out)
      throws IOException {
    Summary summary = new Summary();
    for (Response r : responses) {
      Instance inst = instances.get(r.id());
      Verdict v = Verifiers.verify(inst.task(), inst.problem(), r.response());
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", r.id());
      line.put("score", v.score());
      line.put("correct", v.correct());
      line.put("status", v.status().name());
      line.put("reason", v.reason());
      if (!v.details().isEmpty()) {
        line.put("details", v.details());
      }
      out.write(Jsonl.line(line));
      summary.add(inst.task(), inst.level(), v);
    }
    return summary;
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Accuracy and mean score, overall and by task and level. */
  public static final class Summary {
    private final Tally total = new Tally();
    private final Map<String, Map<Integer, Tally>> byTask = new TreeMap<>();

    void add(String task, int level, Verdict v) {
      total.add(v);
      byTask.computeIfAbsent(task, t -> new TreeMap<>()).computeIfAbsent(level, l -> new Tally()).add(v);
    }

    public Tally total() {
      return total;
    }

    public Map<String, Map<Integer, Tally>> byTask() {
      return byTask;
    }

    public String render() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(java.util.Locale.ROOT, "%-32s %5s %6s %9s %10s%n", "task", "level", "count", "accuracy", "mean score"));
      for (Map.Entry<String, Map<Integer, Tally>> t : byTask.entrySet()) {
        for (Map.Entry<Integer, Tally> l : t.getValue().entrySet()) {
          sb.append(row(t.getKey(), String.valueOf(l.getKey()), l.getValue()));
        }
      }
      sb.append(row("all", "", total));
      return sb.toString();
    }

    private static String row(String task, String level, Tally t) {
      return String.format(java.util.Locale.ROOT, "%-32s %5s %6d %9.3f %10.3f%n", task, level, t.count(), t.accuracy(), t.meanScore());
    }
  }

  /** Counts of one group. */
  public static final class Tally {
    private long count;
    private long correct;
    private double scoreSum;

    void add(Verdict v) {
      count++;
      correct += v.correct() ? 1 : 0;
      scoreSum += v.score();
    }

    public long count() {
      return count;
    }

    public double accuracy() {
      return count == 0 ? 0 : (double) correct / count;
    }

    public double meanScore() {
      return count == 0 ? 0 : scoreSum / count;
    }
  }
}
