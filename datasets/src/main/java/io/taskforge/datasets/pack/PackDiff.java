package io.taskforge.datasets.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code pack diff A B}: what changed between two packs (fields, tasks with their versions and
 * params, splits, counts) and how many fingerprints they share, split by split. The result is a
 * JSON-ready map; {@link #render} writes it for a person.
 */
public final class PackDiff {
  private static final int MAX_COUNT_LINES = 30;

  private PackDiff() {}

  public static Map<String, Object> diff(Path dirA, Path dirB) throws IOException {
    Pack a = Pack.open(dirA);
    Pack b = Pack.open(dirB);
    JsonNode ma = a.manifest();
    JsonNode mb = b.manifest();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("a", about(dirA, a));
    out.put("b", about(dirB, b));

    List<Map<String, Object>> fields = new ArrayList<>();
    for (String f : List.of("name", "version", "description", "license", "canary", "taskforge_version")) {
      change(fields, f, ma.path(f), mb.path(f));
    }
    change(fields, "seed", ma.path("spec").path("seed"), mb.path("spec").path("seed"));
    change(fields, "exclude", ma.path("spec").path("exclude"), mb.path("spec").path("exclude"));
    out.put("changed", fields);
    out.put("tasks", tasks(ma, mb));
    out.put("splits", splits(ma, mb));
    out.put("counts", counts(ma, mb));
    List<Map<String, Object>> overlap = overlap(a, b);
    out.put("overlap", overlap);
    List<String> warnings = new ArrayList<>();
    for (Map<String, Object> o : overlap) {
      long shared = (Long) o.get("shared");
      String as = (String) o.get("a_split");
      String bs = (String) o.get("b_split");
      if (shared > 0 && !as.equals(bs) && (as.equals("train") || bs.equals("train"))) {
        warnings.add(String.format(Locale.ROOT, "%,d problems of A's %s split are in B's %s split", shared, as, bs));
      }
    }
    out.put("warnings", warnings);
    return out;
  }

  private static Map<String, Object> about(Path dir, Pack p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", dir.toString());
    m.put("name", p.name());
    m.put("version", p.version());
    m.put("taskforge_version", p.manifest().path("taskforge_version").asText());
    long records = 0;
    Map<String, Object> splits = new LinkedHashMap<>();
    for (String s : p.splits()) {
      long n = p.manifest().get("splits").get(s).path("count").asLong();
      splits.put(s, n);
      records += n;
    }
    m.put("records", records);
    m.put("splits", splits);
    return m;
  }

  private static void change(List<Map<String, Object>> out, String field, JsonNode a, JsonNode b) {
    if (!a.equals(b)) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("field", field);
      c.put("a", a.isMissingNode() ? null : a);
      c.put("b", b.isMissingNode() ? null : b);
      out.add(c);
    }
  }

  /** Tasks matched by id (the n-th entry of an id with the n-th of the same id). */
  private static List<Map<String, Object>> tasks(JsonNode ma, JsonNode mb) {
    Map<String, JsonNode> ta = keyed(ma.get("tasks"));
    Map<String, JsonNode> tb = keyed(mb.get("tasks"));
    Set<String> keys = new LinkedHashSet<>(ta.keySet());
    keys.addAll(tb.keySet());
    List<Map<String, Object>> out = new ArrayList<>();
    for (String k : keys) {
      JsonNode x = ta.get(k);
      JsonNode y = tb.get(k);
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("task", (x != null ? x : y).path("task").asText());
      if (x == null || y == null) {
        t.put("status", x == null ? "added" : "removed");
        t.put("version", (x != null ? x : y).path("version").asInt());
      } else {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (String f : List.of("version", "weight", "levels", "template", "params", "params_by_level")) {
          change(changes, f, x.path(f), y.path(f));
        }
        t.put("status", changes.isEmpty() ? "unchanged" : "changed");
        t.put("version", y.path("version").asInt());
        t.put("changes", changes);
      }
      out.add(t);
    }
    return out;
  }

  private static Map<String, JsonNode> keyed(JsonNode tasks) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (JsonNode t : tasks) {
      String id = t.path("task").asText();
      int n = seen.merge(id, 1, Integer::sum);
      out.put(n == 1 ? id : id + "#" + n, t);
    }
    return out;
  }

  private static List<Map<String, Object>> splits(JsonNode ma, JsonNode mb) {
    Set<String> names = new LinkedHashSet<>();
    ma.get("splits").fieldNames().forEachRemaining(names::add);
    mb.get("splits").fieldNames().forEachRemaining(names::add);
    List<Map<String, Object>> out = new ArrayList<>();
    for (String s : names) {
      JsonNode x = ma.get("splits").get(s);
      JsonNode y = mb.get("splits").get(s);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("split", s);
      m.put("status", x == null ? "added" : y == null ? "removed"
          : x.path("count").equals(y.path("count")) && x.path("levels").equals(y.path("levels")) && x.path("seed").equals(y.path("seed"))
              ? "unchanged" : "changed");
      m.put("a_count", x == null ? null : x.path("count").asLong());
      m.put("b_count", y == null ? null : y.path("count").asLong());
      m.put("a_levels", x == null || !x.has("levels") ? null : x.get("levels"));
      m.put("b_levels", y == null || !y.has("levels") ? null : y.get("levels"));
      m.put("a_skipped", x == null ? null : x.path("skipped").path("duplicate").asLong() + x.path("skipped").path("excluded").asLong());
      m.put("b_skipped", y == null ? null : y.path("skipped").path("duplicate").asLong() + y.path("skipped").path("excluded").asLong());
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> counts(JsonNode ma, JsonNode mb) {
    Map<String, long[]> cells = new LinkedHashMap<>();
    collect(ma.path("counts"), cells, 0);
    collect(mb.path("counts"), cells, 1);
    List<Map<String, Object>> out = new ArrayList<>();
    cells.forEach((key, v) -> {
      if (v[0] != v[1]) {
        String[] k = key.split("\u0000");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("split", k[0]);
        m.put("task", k[1]);
        m.put("level", Integer.parseInt(k[2]));
        m.put("a", v[0]);
        m.put("b", v[1]);
        out.add(m);
      }
    });
    return out;
  }

  private static void collect(JsonNode counts, Map<String, long[]> cells, int side) {
    Iterator<Map.Entry<String, JsonNode>> splits = counts.fields();
    while (splits.hasNext()) {
      Map.Entry<String, JsonNode> s = splits.next();
      Iterator<Map.Entry<String, JsonNode>> tasks = s.getValue().fields();
      while (tasks.hasNext()) {
        Map.Entry<String, JsonNode> t = tasks.next();
        Iterator<Map.Entry<String, JsonNode>> levels = t.getValue().fields();
        while (levels.hasNext()) {
          Map.Entry<String, JsonNode> l = levels.next();
          cells.computeIfAbsent(s.getKey() + "\u0000" + t.getKey() + "\u0000" + l.getKey(), k -> new long[2])[side] = l.getValue().asLong();
        }
      }
    }
  }

  /** Fingerprints shared by each split of A and each split of B. */
  private static List<Map<String, Object>> overlap(Pack a, Pack b) throws IOException {
    List<String> as = a.splits();
    List<String> bs = b.splits();
    List<LongSet> sets = new ArrayList<>();
    for (String s : as) {
      LongSet set = new LongSet((int) Math.min(a.records(s), 1 << 24));
      a.forEach(s, List.of("fingerprint"), (line, v) -> {
        if (v[0] != null) {
          set.add(PackRecord.fingerprintBits(v[0]));
        }
      });
      sets.add(set);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (String s : bs) {
      long[] shared = new long[as.size()];
      long[] total = {0};
      b.forEach(s, List.of("fingerprint"), (line, v) -> {
        if (v[0] != null) {
          long fp = PackRecord.fingerprintBits(v[0]);
          total[0]++;
          for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).contains(fp)) {
              shared[i]++;
            }
          }
        }
      });
      for (int i = 0; i < as.size(); i++) {
        if (shared[i] > 0 || as.get(i).equals(s)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("a_split", as.get(i));
          m.put("b_split", s);
          m.put("shared", shared[i]);
          m.put("a_records", (long) sets.get(i).size());
          m.put("b_records", total[0]);
          out.add(m);
        }
      }
    }
    return out;
  }

  /** The diff for a person. */
  @SuppressWarnings("unchecked")
  public static String render(Map<String, Object> d) {
    StringBuilder sb = new StringBuilder();
    for (String side : List.of("a", "b")) {
      Map<String, Object> p = (Map<String, Object>) d.get(side);
      sb.append(String.format(Locale.ROOT, "%s: %s %s, %,d records (taskforge %s) at %s%n", side.toUpperCase(Locale.ROOT),
          p.get("name"), p.get("version"), (Long) p.get("records"), p.get("taskforge_version"), p.get("path")));
    }
    List<Map<String, Object>> changed = (List<Map<String, Object>>) d.get("changed");
    sb.append("\nchanged:\n");
    if (changed.isEmpty()) {
      sb.append("  nothing\n");
    }
    for (Map<String, Object> c : changed) {
      sb.append("  ").append(c.get("field")).append(": ").append(show(c.get("a"))).append(" -> ").append(show(c.get("b"))).append('\n');
    }
    sb.append("\ntasks:\n");
    for (Map<String, Object> t : (List<Map<String, Object>>) d.get("tasks")) {
      String status = (String) t.get("status");
      String mark = switch (status) {
        case "added" -> "+";
        case "removed" -> "-";
        case "changed" -> "~";
        default -> "=";
      };
      sb.append("  ").append(mark).append(' ').append(t.get("task")).append(" (version ").append(t.get("version")).append("): ").append(status).append('\n');
      if (t.get("changes") != null) {
        for (Map<String, Object> c : (List<Map<String, Object>>) t.get("changes")) {
          sb.append("      ").append(c.get("field")).append(": ").append(show(c.get("a"))).append(" -> ").append(show(c.get("b"))).append('\n');
        }
      }
    }
    sb.append("\nsplits:\n");
    for (Map<String, Object> s : (List<Map<String, Object>>) d.get("splits")) {
      String status = (String) s.get("status");
      sb.append("  ").append(s.get("split")).append(": ");
      switch (status) {
        case "added" -> sb.append(String.format(Locale.ROOT, "added, %,d records", (Long) s.get("b_count")));
        case "removed" -> sb.append(String.format(Locale.ROOT, "removed (had %,d records)", (Long) s.get("a_count")));
        case "unchanged" -> sb.append(String.format(Locale.ROOT, "%,d records, unchanged", (Long) s.get("a_count")));
        default -> {
          sb.append(String.format(Locale.ROOT, "%,d -> %,d records", (Long) s.get("a_count"), (Long) s.get("b_count")));
          if (!String.valueOf(s.get("a_levels")).equals(String.valueOf(s.get("b_levels")))) {
            sb.append(", levels ").append(levels(s.get("a_levels"))).append(" -> ").append(levels(s.get("b_levels")));
          }
        }
      }
      sb.append('\n');
    }
    List<Map<String, Object>> counts = (List<Map<String, Object>>) d.get("counts");
    if (!counts.isEmpty()) {
      sb.append("\nrecords by split, task and level that changed (A -> B):\n");
      for (int i = 0; i < Math.min(counts.size(), MAX_COUNT_LINES); i++) {
        Map<String, Object> c = counts.get(i);
        sb.append(String.format(Locale.ROOT, "  %s %s level %d: %,d -> %,d%n", c.get("split"), c.get("task"), c.get("level"),
            (Long) c.get("a"), (Long) c.get("b")));
      }
      if (counts.size() > MAX_COUNT_LINES) {
        sb.append("  ... and ").append(counts.size() - MAX_COUNT_LINES).append(" more (see --json)\n");
      }
    }
    sb.append("\nproblems (fingerprints) shared, A split x B split:\n");
    for (Map<String, Object> o : (List<Map<String, Object>>) d.get("overlap")) {
      long shared = (Long) o.get("shared");
      long ar = (Long) o.get("a_records");
      long br = (Long) o.get("b_records");
      sb.append(String.format(Locale.ROOT, "  %s x %s: %,d (%s of A's %s, %s of B's %s)%n", o.get("a_split"), o.get("b_split"), shared,
          percent(shared, ar), o.get("a_split"), percent(shared, br), o.get("b_split")));
    }
    List<String> warnings = (List<String>) d.get("warnings");
    if (!warnings.isEmpty()) {
      sb.append("\nwarnings:\n");
      warnings.forEach(w -> sb.append("  ").append(w).append('\n'));
    }
    return sb.toString();
  }

  private static String levels(Object v) {
    return v == null ? "each task's own" : v.toString();
  }

  private static String show(Object v) {
    if (v == null) {
      return "(none)";
    }
    String s = v instanceof JsonNode j && j.isTextual() ? j.textValue() : v.toString();
    return s.length() > 200 ? s.substring(0, 197) + "..." : s;
  }

  private static String percent(long n, long of) {
    return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / of);
  }
}
