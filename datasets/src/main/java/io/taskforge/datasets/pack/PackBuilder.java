package io.taskforge.datasets.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.primitives.ImmutableLongArray;
import io.taskforge.core.Json;
import io.taskforge.core.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Builds a pack directory from a spec: data files, manifest and dataset card, written in a
 * temporary directory beside the destination and renamed into place only when complete.
 */
public final class PackBuilder {
  private PackBuilder() {}

  /** @param force replace an existing pack at the destination */
  public record Options(boolean force, int threads) {
    public Options {
      if (threads < 1 || threads > 256) {
        throw new PackException("threads must be an integer from 1 to 256, got " + threads);
      }
    }
  }

  /** What was built. */
  public record Result(Path dir, JsonNode manifest, long records, long duplicates, long excluded) {}

  /** Resolves and builds a spec; bad input is a {@link PackException} and leaves nothing behind. */
  public static Result build(PackSpec spec, Path target, Options options, LongConsumer progress) throws IOException {
    ResolvedPack pack = ResolvedPack.resolve(spec);
    Path dest = target.toAbsolutePath().normalize();
    Path parent = dest.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new PackException("cannot write " + target + ": its parent directory does not exist");
    }
    checkDestination(target, dest, options.force());

    LongSet excluded = new LongSet();
    List<Map<String, Object>> excludeInfo = loadExcluded(spec, excluded);

    Path temp = createTemp(parent, dest.getFileName().toString());
    Thread cleanup = new Thread(() -> deleteTree(temp), "taskforge-pack-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "taskforge-pack");
      t.setDaemon(true);
      return t;
    });
    boolean moved = false;
    try {
      LongSet seen = new LongSet((int) Math.min(pack.totalRecords(), 1 << 24));
      List<String> taskIds = pack.taskIds();
      Map<String, Object> splits = new LinkedHashMap<>();
      Map<String, Object> counts = new LinkedHashMap<>();
      Map<String, Object> histograms = new LinkedHashMap<>();
      List<Map<String, Object>> files = new ArrayList<>();
      long base = 0;
      long duplicates = 0;
      long excludedCount = 0;
      for (ResolvedPack.Split split : pack.splits()) {
        Tally tally = new Tally();
        ImmutableLongArray.Builder skipped = ImmutableLongArray.builder();
        long[] dupExcl = new long[2];
        SplitRun.Judge judge = c -> {
          if (excluded.contains(c.fingerprint())) {
            skipped.add(c.index());
            dupExcl[1]++;
            return true;
          }
          if (!seen.add(c.fingerprint())) {
            skipped.add(c.index());
            dupExcl[0]++;
            return true;
          }
          return false;
        };
        List<SplitFiles.FileEntry> entries;
        try (SplitFiles out = new SplitFiles(temp, split.name(), taskIds, pool, options.threads())) {
          SplitRun.Sink sink = c -> {
            Task<?> task = pack.entries().get(c.entry()).task();
            out.write(task.id(), c.line());
            tally.add(task, c.level(), c.metrics());
          };
          long offset = base;
          new SplitRun(pack, split).run(pool, options.threads(), judge, sink, n -> progress.accept(offset + n));
          entries = out.finish();
        }
        base += split.count();
        duplicates += dupExcl[0];
        excludedCount += dupExcl[1];
        splits.put(split.name(), splitInfo(split, dupExcl, skipped.build()));
        counts.put(split.name(), tally.counts());
        histograms.put(split.name(), tally.histograms());
        entries.forEach(e -> files.add(e.toMap()));
      }

      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("format", Pack.FORMAT);
      manifest.put("name", spec.name());
      manifest.put("version", spec.version());
      manifest.put("description", spec.description());
      manifest.put("license", spec.license());
      manifest.put("taskforge_version", Manifests.toolkitVersion());
      manifest.put("canary", pack.canary());
      manifest.put("spec", pack.spec().toMap(pack.canary()));
      manifest.put("tasks", tasks(pack));
      manifest.put("splits", splits);
      manifest.put("counts", counts);
      manifest.put("histograms", histograms);
      manifest.put("exclude", excludeInfo);
      manifest.put("files", files);

      byte[] card = DatasetCard.render(Json.MAPPER.valueToTree(manifest)).getBytes(StandardCharsets.UTF_8);
      Files.write(temp.resolve(Pack.CARD), card);
      Map<String, Object> cardEntry = new LinkedHashMap<>();
      cardEntry.put("path", Pack.CARD);
      cardEntry.put("bytes", (long) card.length);
      cardEntry.put("sha256", sha256(card));
      files.add(cardEntry);
      byte[] manifestBytes = Manifests.pretty(manifest);
      Files.write(temp.resolve(Pack.MANIFEST), manifestBytes);

      moveIntoPlace(temp, dest);
      moved = true;
      return new Result(target, Json.MAPPER.readTree(manifestBytes), base, duplicates, excludedCount);
    } finally {
      pool.shutdownNow();
      if (!moved) {
        deleteTree(temp);
      }
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException ignored) {
        // the JVM is shutting down; the hook runs
      }
    }
  }

  private static void checkDestination(Path target, Path dest, boolean force) throws IOException {
    if (!Files.exists(dest)) {
      return;
    }
    if (!force) {
      throw new PackException(target + " already exists; use --force to replace it");
    }
    boolean isPack = Files.isDirectory(dest) && Files.isRegularFile(dest.resolve(Pack.MANIFEST));
    boolean empty = false;
    if (Files.isDirectory(dest)) {
      try (Stream<Path> s = Files.list(dest)) {
        empty = s.findAny().isEmpty();
      }
    }
    if (!isPack && !empty) {
      throw new PackException(target + " exists and is not a taskforge pack; not replacing it, even with --force");
    }
  }

  private static List<Map<String, Object>> loadExcluded(PackSpec spec, LongSet excluded) throws IOException {
    List<Map<String, Object>> info = new ArrayList<>();
    SpecFields f = new SpecFields(spec.source());
    for (int i = 0; i < spec.exclude().size(); i++) {
      String written = spec.exclude().get(i);
      Path p = spec.baseDir() == null ? Path.of(written) : spec.baseDir().resolve(written);
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("path", written);
      try {
        if (Files.isDirectory(p)) {
          Pack earlier = Pack.open(p);
          one.put("name", earlier.name());
          one.put("version", earlier.version());
          one.put("canary", earlier.canary());
        }
        one.put("fingerprints", Pack.fingerprints(p, excluded));
      } catch (NoSuchFileException e) {
        throw f.error("exclude[" + i + "]", "names no pack or instances file: " + p + " does not exist");
      } catch (PackException e) {
        throw f.error("exclude[" + i + "]", "cannot be read: " + e.getMessage());
      }
      info.add(one);
    }
    return info;
  }

  private static Map<String, Object> splitInfo(ResolvedPack.Split split, long[] dupExcl, ImmutableLongArray skipped) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("seed", split.seed());
    s.put("count", split.count());
    if (!split.levels().isEmpty()) {
      s.put("levels", split.levels());
    }
    Map<String, Object> skip = new LinkedHashMap<>();
    skip.put("duplicate", dupExcl[0]);
    skip.put("excluded", dupExcl[1]);
    skip.put("indices", skipped.toArray());
    s.put("skipped", skip);
    return s;
  }

  private static List<Map<String, Object>> tasks(ResolvedPack pack) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ResolvedPack.Entry e : pack.entries()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("task", e.task().id());
      t.put("version", e.task().version());
      t.put("weight", e.weight());
      t.put("levels", e.levels());
      t.put("template", e.template());
      t.put("params", e.params());
      Map<String, Object> byLevel = new LinkedHashMap<>();
      e.byLevel().forEach((level, p) -> byLevel.put(Integer.toString(level), p.asMap()));
      t.put("params_by_level", byLevel);
      out.add(t);
    }
    return out;
  }

  private static Path createTemp(Path parent, String name) throws IOException {
    while (true) {
      Path p = parent.resolve("." + name + ".partial-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
      try {
        return Files.createDirectory(p);
      } catch (FileAlreadyExistsException e) {
        // try another name
      }
    }
  }

  private static void moveIntoPlace(Path temp, Path dest) throws IOException {
    if (!Files.exists(dest)) {
      Files.move(temp, dest, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = createTemp(dest.getParent(), dest.getFileName() + ".old");
    Files.delete(old);
    Files.move(dest, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(temp, dest, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, dest, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteTree(old);
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(HashingOutput.sha256().digest(bytes));
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort
        }
      });
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // best effort
    }
  }
}
