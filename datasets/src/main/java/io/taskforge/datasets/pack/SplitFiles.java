package io.taskforge.datasets.pack;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The gzip files of one split being written: {@code data/<split>.jsonl.gz} with every record, and
 * when the pack mixes several tasks, {@code data/<task>/<split>.jsonl.gz} with each task's records.
 */
final class SplitFiles implements AutoCloseable {
  /** One data file as the manifest lists it. */
  record FileEntry(String path, String split, String task, long lines, long bytes, String sha256) {
    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", path);
      m.put("split", split);
      m.put("task", task);
      m.put("lines", lines);
      m.put("bytes", bytes);
      m.put("sha256", sha256);
      return m;
    }
  }

  private final class One {
    final String path;
    final String task;
    final HashingOutput hashing;
    final GzipWriter gzip;
    long lines;

    One(Path root, String path, String task) throws IOException {
      this.path = path;
      this.task = task;
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      this.hashing = new HashingOutput(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
      this.gzip = new GzipWriter(hashing, pool, threads * 2);
    }
  }

  private final String split;
  private final ExecutorService pool;
  private final int threads;
  private final One all;
  private final Map<String, One> byTask = new LinkedHashMap<>();

  SplitFiles(Path root, String split, List<String> tasks, ExecutorService pool, int threads) throws IOException {
    this.split = split;
    this.pool = pool;
    this.threads = threads;
    this.all = new One(root, Pack.splitFile(split), null);
    if (tasks.size() > 1) {
      for (String t : tasks) {
        byTask.put(t, new One(root, Pack.taskFile(t, split), t));
      }
    }
  }

  void write(String task, byte[] line) throws IOException {
    all.gzip.write(line, 0, line.length);
    all.lines++;
    One t = byTask.get(task);
    if (t != null) {
      t.gzip.write(line, 0, line.length);
      t.lines++;
    }
  }

  /** Finishes every file and returns their manifest entries, the split's file first. */
  List<FileEntry> finish() throws IOException {
    List<FileEntry> out = new ArrayList<>();
    for (One o : ones()) {
      o.gzip.close();
      out.add(new FileEntry(o.path, split, o.task, o.lines, o.hashing.bytes(), o.hashing.sha256Hex()));
    }
    return out;
  }

  private List<One> ones() {
    List<One> all1 = new ArrayList<>();
    all1.add(all);
    all1.addAll(byTask.values());
    return all1;
  }

  @Override
  public void close() {
    for (One o : ones()) {
      try {
        o.gzip.close();
      } catch (IOException | RuntimeException ignored) {
        // already failing; the temporary directory is deleted
      }
    }
  }
}
