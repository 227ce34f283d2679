package io.taskforge.datasets.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Small packs for tests: specs written to files, builds, and reading data files back. */
public final class Packs {
  private Packs() {}

  /** A two-split pack of two fast tasks; {@code extra} lines are appended to the spec. */
  public static String mixSpec(String version, int train, int test, String... extra) {
    StringBuilder sb = new StringBuilder();
    sb.append("name: test-mix\n")
        .append("version: ").append(version).append('\n')
        .append("seed: 2026\n")
        .append("description: Mixed arithmetic and logic tasks for tests.\n")
        .append("license: CC-BY-4.0\n")
        .append("splits:\n")
        .append("  train: {count: ").append(train).append("}\n")
        .append("  test:  {count: ").append(test).append(", levels: [3, 4]}\n")
        .append("tasks:\n")
        .append("  - {task: arithmetic.expression, weight: 2, levels: [1, 2], template: mix}\n")
        .append("  - {task: logic.knights-knaves, weight: 1, level: 1, params: {}}\n");
    for (String e : extra) {
      sb.append(e).append('\n');
    }
    return sb.toString();
  }

  public static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  public static PackBuilder.Result build(Path specFile, Path out) throws IOException {
    return PackBuilder.build(PackSpec.read(specFile), out, new PackBuilder.Options(false, 2), n -> {});
  }

  public static List<String> lines(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>(List.of(text.split("\n")));
      out.removeIf(String::isEmpty);
      return out;
    }
  }

  public static void writeGzip(Path gz, List<String> lines) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      for (String l : lines) {
        out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    Files.write(gz, bytes.toByteArray());
  }
}
