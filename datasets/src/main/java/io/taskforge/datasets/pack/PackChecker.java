package io.taskforge.datasets.pack;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import io.taskforge.core.Task;
import io.taskforge.core.Tasks;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import java.util.zip.ZipException;

/**
 * {@code pack check}: recomputes the SHA-256 of every file, regenerates every record from the
 * manifest and compares it with the data files, and recounts what the manifest reports. It reports
 * every checksum that differs and the first record that differs (file, line, field).
 */
public final class PackChecker {
  private PackChecker() {}

  /** The outcome: no problems means the pack is exactly what its manifest says. */
  public record Result(String title, List<String> problems, long records, int files) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Thrown inside the regeneration at the first record that differs. */
  private static final class Difference extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Difference(String message) {
      super(message, null, false, false);
    }
  }

  public static Result check(Path dir, int threads, LongConsumer progress) throws IOException {
    Pack pack = Pack.open(dir);
    JsonNode m = pack.manifest();
    List<String> problems = new ArrayList<>();
    int files = checkFiles(pack, problems);

    if (!checkVersions(m, problems)) {
      return new Result(pack.title(), problems, 0, files);
    }
    ResolvedPack resolved;
    try {
      resolved = ResolvedPack.resolve(PackSpec.fromTree(m.get("spec"), Pack.MANIFEST + " spec", dir));
    } catch (PackException e) {
      problems.add("the spec in pack.json cannot be resolved by this taskforge: " + e.getMessage());
      return new Result(pack.title(), problems, 0, files);
    }
    checkResolution(m, resolved, problems);

    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "taskforge-check");
      t.setDaemon(true);
      return t;
    });
    long records = 0;
    try {
      LongSet seen = new LongSet((int) Math.min(resolved.totalRecords(), 1 << 24));
      long base = 0;
      for (ResolvedPack.Split split : resolved.splits()) {
        try {
          records += checkSplit(pack, resolved, split, seen, pool, threads, base, progress, problems);
        } catch (Difference d) {
          problems.add(d.getMessage());
          break;
        }
        base += split.count();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(pack.title(), problems, records, files);
  }

  private static int checkFiles(Pack pack, List<String> problems) throws IOException {
    Path root = pack.dir().toAbsolutePath().normalize();
    int n = 0;
    for (JsonNode f : pack.files()) {
      String rel = f.path("path").asText();
      Path p = root.resolve(rel).normalize();
      if (rel.isEmpty() || !p.startsWith(root) || p.equals(root)) {
        problems.add("pack.json lists a file outside the pack: '" + rel + "'");
        continue;
      }
      if (!Files.isRegularFile(p)) {
        problems.add(rel + " is missing");
        continue;
      }
      n++;
      MessageDigest sha = HashingOutput.sha256();
      long size = 0;
      try (InputStream in = Files.newInputStream(p)) {
        byte[] buf = new byte[1 << 16];
        int k;
        while ((k = in.read(buf)) > 0) {
          sha.update(buf, 0, k);
          size += k;
        }
      }
      String hex = HexFormat.of().formatHex(sha.digest());
      if (!hex.equals(f.path("sha256").asText())) {
        problems.add(rel + ": its SHA-256 differs from pack.json (" + size + " bytes now, "
            + f.path("bytes").asLong() + " when built): the file changed after the build");
      }
    }
    return n;
  }

  private static boolean checkVersions(JsonNode m, List<String> problems) {
    boolean ok = true;
    String builtWith = m.path("taskforge_version").asText("an unknown version");
    for (JsonNode t : m.get("tasks")) {
      String id = t.path("task").asText();
      int version = t.path("version").asInt();
      Task<?> task = Tasks.all().get(id);
      if (task == null) {
        problems.add("this taskforge has no task " + id + ", so its records cannot be regenerated; the pack was built with taskforge "
            + builtWith + ", which has it at version " + version);
        ok = false;
      } else if (task.version() != version) {
        problems.add("task " + id + " is version " + task.version() + " in this taskforge (" + Manifests.toolkitVersion()
            + ") but version " + version + " in the pack (built with taskforge " + builtWith
            + "), so its records cannot be regenerated here; check the pack with taskforge " + builtWith);
        ok = false;
      }
    }
    return ok;
  }

  private static void checkResolution(JsonNode m, ResolvedPack resolved, List<String> problems) throws IOException {
    JsonNode tasks = m.get("tasks");
    if (tasks.size() != resolved.entries().size()) {
      problems.add("pack.json lists " + tasks.size() + " tasks but its spec has " + resolved.entries().size());
      return;
    }
    for (ResolvedPack.Entry e : resolved.entries()) {
      JsonNode t = tasks.get(e.ordinal());
      Map<String, Object> byLevel = new LinkedHashMap<>();
      e.byLevel().forEach((level, p) -> byLevel.put(Integer.toString(level), p.asMap()));
      JsonNode want = tree(byLevel);
      if (!t.path("task").asText().equals(e.task().id()) || !want.equals(t.path("params_by_level"))) {
        problems.add("pack.json tasks[" + e.ordinal() + "] (" + e.task().id() + "): the params of its levels in this taskforge are "
            + want + " but pack.json records " + t.path("params_by_level"));
      }
    }
    if (!resolved.canary().equals(m.get("canary").asText())) {
      problems.add("pack.json: canary " + m.get("canary").asText() + " differs from its spec's " + resolved.canary());
    }
    for (ResolvedPack.Split s : resolved.splits()) {
      long seed = m.get("splits").path(s.name()).path("seed").asLong();
      if (seed != s.seed()) {
        problems.add("pack.json: split " + s.name() + " has seed " + seed + " but its spec gives " + s.seed());
      }
    }
  }

  /** Reads one data file in step with the regeneration. */
  private static final class Expected implements AutoCloseable {
    final String name;
    final LineReader lines;

    Expected(Pack pack, String name) throws IOException {
      this.name = name;
      Path p = pack.dir().resolve(name);
      if (!Files.isRegularFile(p)) {
        throw new Difference(name + " is missing");
      }
      this.lines = new LineReader(Pack.gunzip(p));
    }

    void compare(byte[] want) {
      boolean more;
      long before = lines.lineNumber();
      try {
        more = lines.next();
      } catch (ZipException | EOFException e) {
        throw new Difference(name + " cannot be read after line " + before + ": " + e.getMessage()
            + " (the file is corrupt)");
      } catch (IOException e) {
        throw new Difference(name + " cannot be read after line " + before + ": " + e.getMessage());
      }
      if (!more) {
        throw new Difference(name + " ends after line " + before + " but the manifest's records go on (line "
            + (before + 1) + " should be " + idOf(want) + ")");
      }
      int n = lines.length();
      if (n != want.length - 1 || !Arrays.equals(lines.bytes(), 0, n, want, 0, n)) {
        String found = new String(lines.bytes(), 0, n, StandardCharsets.UTF_8);
        String expected = new String(want, 0, want.length - 1, StandardCharsets.UTF_8);
        throw new Difference(name + " line " + lines.lineNumber() + " " + explain(expected, found));
      }
    }

    void expectEnd() {
      try {
        if (lines.next()) {
          throw new Difference(name + " has more lines than the manifest's records: line " + lines.lineNumber()
              + " should not be there");
        }
      } catch (ZipException | EOFException e) {
        throw new Difference(name + " cannot be read after line " + lines.lineNumber() + ": " + e.getMessage()
            + " (the file is corrupt)");
      } catch (IOException e) {
        throw new Difference(name + " cannot be read after line " + lines.lineNumber() + ": " + e.getMessage());
      }
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  private static long checkSplit(Pack pack, ResolvedPack resolved, ResolvedPack.Split split, LongSet seen,
      ExecutorService pool, int threads, long base, LongConsumer progress, List<String> problems) throws IOException {
    JsonNode info = pack.manifest().get("splits").path(split.name());
    JsonNode indices = info.path("skipped").path("indices");
    long[] skipped = new long[indices.size()];
    for (int i = 0; i < skipped.length; i++) {
      skipped[i] = indices.get(i).asLong();
    }
    List<String> taskIds = resolved.taskIds();
    Map<String, Expected> byTask = new LinkedHashMap<>();
    Tally tally = new Tally();
    long[] state = new long[4]; // next skipped position, duplicates, excluded, records
    try (Expected all = new Expected(pack, Pack.splitFile(split.name()))) {
      try {
        if (taskIds.size() > 1) {
          for (String t : taskIds) {
            byTask.put(t, new Expected(pack, Pack.taskFile(t, split.name())));
          }
        }
        SplitRun.Judge judge = c -> {
          int p = (int) state[0];
          if (p < skipped.length && skipped[p] == c.index()) {
            state[0]++;
            state[seen.contains(c.fingerprint()) ? 1 : 2]++;
            return true;
          }
          if (!seen.add(c.fingerprint())) {
            throw new Difference(all.name + " line " + (state[3] + 1) + ": the regenerated record (index " + c.index()
                + ") repeats the fingerprint of an earlier record, but pack.json does not list it as skipped");
          }
          return false;
        };
        SplitRun.Sink sink = c -> {
          Task<?> task = resolved.entries().get(c.entry()).task();
          all.compare(c.line());
          Expected t = byTask.get(task.id());
          if (t != null) {
            t.compare(c.line());
          }
          tally.add(task, c.level(), c.metrics());
          state[3]++;
        };
        new SplitRun(resolved, split).run(pool, threads, judge, sink, n -> progress.accept(base + n));
        all.expectEnd();
        for (Expected t : byTask.values()) {
          t.expectEnd();
        }
      } finally {
        for (Expected t : byTask.values()) {
          t.close();
        }
      }
    }
    if (state[0] != skipped.length) {
      problems.add("pack.json lists " + skipped.length + " skipped indices for split " + split.name()
          + " but only " + state[0] + " were met when regenerating it");
    }
    if (state[1] != info.path("skipped").path("duplicate").asLong() || state[2] != info.path("skipped").path("excluded").asLong()) {
      problems.add("pack.json: split " + split.name() + " reports " + info.path("skipped").path("duplicate").asLong()
          + " duplicates and " + info.path("skipped").path("excluded").asLong() + " excluded records skipped, but regenerating it skips "
          + state[1] + " duplicates and " + state[2] + " others");
    }
    JsonNode counts = tree(tally.counts());
    if (!counts.equals(pack.manifest().path("counts").path(split.name()))) {
      problems.add("pack.json: the counts of split " + split.name() + " are " + pack.manifest().path("counts").path(split.name())
          + " but the records give " + counts);
    }
    JsonNode histograms = tree(tally.histograms());
    if (!histograms.equals(pack.manifest().path("histograms").path(split.name()))) {
      problems.add("pack.json: the difficulty histograms of split " + split.name() + " differ from the records' metrics");
    }
    for (JsonNode f : pack.files()) {
      if (split.name().equals(f.path("split").asText())) {
        String task = f.path("task").isNull() ? null : f.path("task").asText(null);
        long lines = task == null ? state[3] : sum(counts.path(task));
        if (f.path("lines").asLong() != lines) {
          problems.add("pack.json: " + f.path("path").asText() + " is listed with " + f.path("lines").asLong()
              + " lines but has " + lines);
        }
      }
    }
    return state[3];
  }

  /** A value as the tree it becomes when written and read back (so number types compare equal). */
  private static JsonNode tree(Object value) throws IOException {
    return Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(value));
  }

  private static long sum(JsonNode levels) {
    long n = 0;
    for (JsonNode v : levels) {
      n += v.asLong();
    }
    return n;
  }

  private static String idOf(byte[] line) {
    try {
      return Json.MAPPER.readTree(line).path("id").asText();
    } catch (IOException e) {
      return "a record";
    }
  }

  /** What differs between the regenerated record and the line found, naming the first field. */
  static String explain(String expected, String found) {
    JsonNode want;
    JsonNode got;
    try {
      want = Json.MAPPER.readTree(expected);
      got = Json.MAPPER.readTree(found);
    } catch (IOException e) {
      return "is not valid JSON (" + Pack.firstLine(e.getMessage()) + "); it should be the record " + idOf(expected.getBytes(StandardCharsets.UTF_8));
    }
    if (got == null || !got.isObject()) {
      return "is not a JSON object; it should be the record " + want.path("id").asText();
    }
    Iterator<String> names = want.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      if (!got.has(f)) {
        return "has no field '" + f + "'";
      }
      if (!got.get(f).equals(want.get(f))) {
        return "field '" + f + "' differs from the regenerated record: " + contrast(text(want.get(f)), text(got.get(f)));
      }
    }
    Iterator<String> extra = got.fieldNames();
    while (extra.hasNext()) {
      String f = extra.next();
      if (!want.has(f)) {
        return "has an unexpected field '" + f + "'";
      }
    }
    return "has the right fields and values but not the same bytes (field order, spacing or escapes differ)";
  }

  private static String text(JsonNode v) {
    return v.isTextual() ? v.textValue() : v.toString();
  }

  /** Both values around their first difference. */
  static String contrast(String want, String got) {
    int i = 0;
    while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 20);
    return "expected " + snippet(want, from, i) + ", found " + snippet(got, from, i);
  }

  private static String snippet(String s, int from, int at) {
    int to = Math.min(s.length(), at + 30);
    String body = s.substring(Math.min(from, s.length()), to);
    return (from > 0 ? "…" : "") + "\"" + body.replace("\n", "\\n") + "\"" + (to < s.length() ? "…" : "");
  }
}
