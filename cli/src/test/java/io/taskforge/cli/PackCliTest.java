package io.taskforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newcomer's path through packs: build, check, change a line, build 1.0.1, diff, scan, evaluate. */
class PackCliTest {
  @TempDir static Path shared;
  static Path v1;

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static String spec(String version, int train) {
    return "name: cli-mix\nversion: " + version + "\nseed: 2026\nlicense: CC-BY-4.0\n"
        + "description: A pack made in a test.\n"
        + "splits:\n  train: {count: " + train + "}\n  test: {count: 40, levels: [3, 4]}\n"
        + "tasks:\n  - {task: arithmetic.expression, weight: 2, levels: [1, 2], template: mix}\n"
        + "  - {task: logic.knights-knaves, weight: 1, level: 1}\n";
  }

  @BeforeAll
  static void buildVersionOne() throws IOException {
    Path spec = shared.resolve("mix.yaml");
    Files.writeString(spec, spec("1.0.0", 100));
    v1 = shared.resolve("v1");
    Run r = run("pack", "build", spec.toString(), "-o", v1.toString(), "--threads", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("built cli-mix 1.0.0 in " + v1 + ": 140 records (train 100, test 40)").contains("canary GUID");
  }

  @Test
  void checkPassesOnAFreshPack() {
    Run r = run("pack", "check", v1.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).startsWith("OK cli-mix 1.0.0: 140 records regenerated and identical, 7 files match pack.json");
  }

  @Test
  void checkFailsWithExitOneNamingFileAndLine() throws IOException {
    Path copy = dir.resolve("copy");
    assertThat(run("pack", "build", shared.resolve("mix.yaml").toString(), "-o", copy.toString()).code()).isZero();
    Path file = copy.resolve("data/test.jsonl.gz");
    List<String> lines;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
    lines.set(2, lines.get(2).replace("\"level\":3", "\"level\":9").replace("\"level\":4", "\"level\":9"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.write(file, bytes.toByteArray());
    Run r = run("pack", "check", copy.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith("FAILED cli-mix 1.0.0")
        .contains("data/test.jsonl.gz: its SHA-256 differs from pack.json")
        .contains("data/test.jsonl.gz line 3 field 'level' differs from the regenerated record");
  }

  @Test
  void aNewVersionIsADiffAway() throws IOException {
    Path spec = dir.resolve("mix.yaml");
    Files.writeString(spec, spec("1.0.1", 150));
    Path v2 = dir.resolve("v2");
    assertThat(run("pack", "build", spec.toString(), "-o", v2.toString()).code()).isZero();
    Run text = run("pack", "diff", v1.toString(), v2.toString());
    assertThat(text.code()).isZero();
    // A bigger split keeps every record it had: the first 100 records of 1.0.1's train are 1.0.0's.
    assertThat(text.out()).contains("version: 1.0.0 -> 1.0.1", "train: 100 -> 150 records", "test: 40 records, unchanged",
        "train x train: 100 (100.0% of A's train, 66.7% of B's train)");
    Run json = run("pack", "diff", v1.toString(), v2.toString(), "--json");
    assertThat(json.code()).isZero();
    JsonNode d = Json.MAPPER.readTree(json.out());
    assertThat(d.get("changed").get(0).get("field").asText()).isEqualTo("version");
    assertThat(d.get("splits").get(0).get("b_count").asLong()).isEqualTo(150);
  }

  @Test
  void badSpecsAreExitTwoWithOneSentenceNamingTheField() throws IOException {
    Path spec = dir.resolve("bad.yaml");
    Files.writeString(spec, spec("1.0.0", 10).replace("logic.knights-knaves", "logic.knight-knaves"));
    Run r = run("pack", "build", spec.toString(), "-o", dir.resolve("p").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).startsWith("taskforge: " + spec + ": field 'tasks[1].task'")
        .contains("did you mean logic.knights-knaves?");
    Files.writeString(spec, spec("1.0.0", 10).replace("level: 1}", "level: 1, params: {people: 0}}"));
    r = run("pack", "build", spec.toString(), "-o", dir.resolve("p").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains("field 'tasks[1].params.people'").contains("param 'people' must be an integer from");
    assertThat(dir.resolve("p")).doesNotExist();
    assertThat(run("pack", "build", dir.resolve("missing.yaml").toString(), "-o", dir.resolve("p").toString()).err())
        .contains("no such spec file");
  }

  @Test
  void anExistingPackNeedsForce() {
    Run r = run("pack", "build", shared.resolve("mix.yaml").toString(), "-o", v1.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(v1 + " already exists; use --force to replace it");
  }

  @Test
  void contaminationIsExitOneAboveTheMaximumRate() throws IOException {
    String prompt;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(v1.resolve("data/test.jsonl.gz")))) {
      String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
      prompt = Json.MAPPER.readTree(first).get("prompt").asText();
    }
    Path corpus = dir.resolve("web.txt");
    Files.writeString(corpus, "A crawl of the web.\n" + prompt + "\nMore pages.\n");
    Run found = run("contamination", "scan", v1.toString(), "--corpus", corpus.toString(), "--max-rate", "0");
    assertThat(found.code()).as(found.err()).isEqualTo(1);
    assertThat(found.out()).contains("test", "worst records:", "above --max-rate");
    Run tolerated = run("contamination", "scan", v1.toString(), "--corpus", corpus.toString(), "--max-rate", "0.05", "--json");
    assertThat(tolerated.code()).isZero();
    JsonNode j = Json.MAPPER.readTree(tolerated.out());
    assertThat(j.get("contaminated").asLong()).isEqualTo(1);
    assertThat(j.get("passed").asBoolean()).isTrue();
    Path clean = dir.resolve("clean.txt");
    Files.writeString(clean, "Nothing from the pack here.\n");
    assertThat(run("contamination", "scan", v1.toString(), "--corpus", clean.toString(), "--ngram", "5", "--max-rate", "0").code()).isZero();
    assertThat(run("contamination", "scan", v1.toString(), "--corpus", clean.toString(), "--max-rate", "5").code()).isEqualTo(2);
    assertThat(run("contamination", "scan", v1.toString(), "--corpus", dir.resolve("nope.txt").toString()).err())
        .contains("no such corpus file");
  }

  @Test
  void evalWritesAJsonAndAnHtmlReport() throws IOException {
    StringBuilder responses = new StringBuilder();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(v1.resolve("data/test.jsonl.gz")))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        JsonNode r = Json.MAPPER.readTree(line);
        String answer = r.get("level").asInt() == 3 ? "<answer>" + r.get("answer").asText() + "</answer>" : "no idea";
        responses.append(Json.MAPPER.writeValueAsString(Map.of("id", r.get("id").asText(), "response", answer))).append('\n');
      }
    }
    Path file = dir.resolve("responses.jsonl");
    Files.writeString(file, responses.toString());
    Path report = dir.resolve("report");
    Run r = run("pack", "eval", v1.toString(), "--responses", file.toString(), "-o", report.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("40 of 140 records answered", "50% crossing at level 3.5");
    JsonNode json = Json.MAPPER.readTree(report.resolve("report.json").toFile());
    assertThat(json.get("answered").asLong()).isEqualTo(40);
    assertThat(Files.readString(report.resolve("report.html"))).contains("<svg class=\"chart\"");
    Files.writeString(file, "{\"id\": \"x\"}\n");
    Run bad = run("pack", "eval", v1.toString(), "--responses", file.toString(), "-o", report.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("line 1 answers x, which is not a record of the pack cli-mix 1.0.0");
  }

  @Test
  void packAndContaminationNeedASubcommand() {
    assertThat(run("pack").code()).isEqualTo(2);
    assertThat(run("pack").err()).contains("build, check, diff or eval");
    assertThat(run("contamination").code()).isEqualTo(2);
    assertThat(run("pack", "check", dir.toString()).err()).contains("is not a taskforge pack: it has no pack.json");
    for (String[] help : new String[][] {{"pack", "build", "--help"}, {"pack", "eval", "-h"}, {"contamination", "scan", "--help"}}) {
      Run r = run(help);
      assertThat(r.code()).isZero();
      assertThat(r.out()).startsWith("Usage: taskforge " + help[0] + " " + help[1]);
    }
  }
}
