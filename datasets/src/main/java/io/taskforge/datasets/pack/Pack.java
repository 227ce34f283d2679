package io.taskforge.datasets.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** A pack directory opened for reading: its manifest, and its records streamed from the data files. */
public final class Pack {
  public static final String MANIFEST = "pack.json";
  public static final String CARD = "README.md";
  public static final String FORMAT = "taskforge-pack/1";

  private final Path dir;
  private final JsonNode manifest;

  private Pack(Path dir, JsonNode manifest) {
    this.dir = dir;
    this.manifest = manifest;
  }

  /** Opens a pack; a missing directory, manifest or unreadable manifest is a {@link PackException}. */
  public static Pack open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new PackException(Files.exists(dir) ? dir + " is not a pack directory (it is a file)" : "no such pack directory: " + dir);
    }
    Path m = dir.resolve(MANIFEST);
    JsonNode manifest;
    try {
      manifest = Json.MAPPER.readTree(m.toFile());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new PackException(dir + " is not a taskforge pack: it has no " + MANIFEST);
    } catch (IOException e) {
      throw new PackException(m + " cannot be read as JSON: " + firstLine(e.getMessage()));
    }
    if (manifest == null || !manifest.isObject() || !FORMAT.equals(manifest.path("format").asText())) {
      throw new PackException(m + " is not a taskforge pack manifest (its format is not " + FORMAT + ")");
    }
    for (String field : List.of("name", "version", "canary", "spec", "splits", "files", "tasks")) {
      if (!manifest.hasNonNull(field)) {
        throw new PackException(m + " has no '" + field + "' field");
      }
    }
    return new Pack(dir, manifest);
  }

  public Path dir() {
    return dir;
  }

  public JsonNode manifest() {
    return manifest;
  }

  public String name() {
    return manifest.get("name").asText();
  }

  public String version() {
    return manifest.get("version").asText();
  }

  public String canary() {
    return manifest.get("canary").asText();
  }

  /** {@code name version}, for messages. */
  public String title() {
    return name() + " " + version();
  }

  public List<String> splits() {
    List<String> out = new ArrayList<>();
    manifest.get("splits").fieldNames().forEachRemaining(out::add);
    return out;
  }

  public long records(String split) {
    return manifest.get("splits").path(split).path("records").asLong();
  }

  /** The file of a split with every task: {@code data/<split>.jsonl.gz}. */
  public static String splitFile(String split) {
    return "data/" + split + ".jsonl.gz";
  }

  /** The file of one task's records of a split: {@code data/<task>/<split>.jsonl.gz}. */
  public static String taskFile(String task, String split) {
    return "data/" + task + "/" + split + ".jsonl.gz";
  }

  /** Opens a data file of this pack as decompressed bytes. */
  public InputStream open(String relative) throws IOException {
    return gunzip(dir.resolve(relative));
  }

  static InputStream gunzip(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return new GZIPInputStream(raw, 1 << 16);
  }

  /** Receives chosen fields of each record: values as text (numbers too), null when absent. */
  @FunctionalInterface
  public interface RecordVisitor {
    void visit(long line, String[] values) throws IOException;
  }

  /** Streams the records of a split, giving the named fields of each. */
  public void forEach(String split, List<String> fields, RecordVisitor visitor) throws IOException {
    forEachRecord(dir.resolve(splitFile(split)), splitFile(split), fields, visitor);
  }

  /** Streams JSON lines of a (gzip or plain) file, giving the named top-level fields of each. */
  public static void forEachRecord(Path file, String name, List<String> fields, RecordVisitor visitor) throws IOException {
    JsonFactory factory = Json.MAPPER.getFactory();
    boolean gz = file.getFileName().toString().endsWith(".gz");
    try (LineReader lines = new LineReader(gz ? gunzip(file) : new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      while (lines.next()) {
        if (isBlank(lines.bytes(), lines.length())) {
          continue;
        }
        String[] values = new String[fields.size()];
        try (JsonParser p = factory.createParser(lines.bytes(), 0, lines.length())) {
          if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new PackException(name + " line " + lines.lineNumber() + " is not a JSON object");
          }
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            int k = fields.indexOf(p.currentName());
            JsonToken t = p.nextToken();
            if (k >= 0 && t.isScalarValue() && t != JsonToken.VALUE_NULL) {
              values[k] = p.getText();
            } else {
              p.skipChildren();
            }
          }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new PackException(name + " line " + lines.lineNumber() + " is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        visitor.visit(lines.lineNumber(), values);
      }
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new PackException(name + " is not a readable gzip file: " + e.getMessage());
    }
  }

  private static boolean isBlank(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the fingerprints of an earlier pack (a pack directory) or of an instances file (JSONL,
   * plain or gzip, with a {@code fingerprint} field) to {@code into}; returns how many were read.
   */
  public static long fingerprints(Path source, LongSet into) throws IOException {
    long[] n = {0};
    RecordVisitor add = (line, v) -> {
      if (v[0] != null) {
        into.add(PackRecord.fingerprintBits(v[0]));
        n[0]++;
      }
    };
    if (Files.isDirectory(source)) {
      Pack p = open(source);
      for (String split : p.splits()) {
        p.forEach(split, List.of("fingerprint"), add);
      }
    } else if (Files.isRegularFile(source)) {
      forEachRecord(source, source.toString(), List.of("fingerprint"), add);
    } else {
      throw new NoSuchFileException(source.toString());
    }
    return n[0];
  }

  /** The manifest's file entries as (path, node). */
  public List<JsonNode> files() {
    List<JsonNode> out = new ArrayList<>();
    Iterator<JsonNode> it = manifest.get("files").elements();
    it.forEachRemaining(out::add);
    return out;
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
