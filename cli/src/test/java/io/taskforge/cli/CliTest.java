package io.taskforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listPrintsOneTaskIdPerLine() {
    Run r = run("list");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().toList()).contains("arithmetic.expression", "logic.knights-knaves", "planning.blocksworld")
        .isSorted();
  }

  @Test
  void listJsonHasIdVersionSummary() throws IOException {
    JsonNode n = Json.MAPPER.readTree(run("list", "--json").out());
    assertThat(n.isArray()).isTrue();
    assertThat(n.get(0).has("id") && n.get(0).has("version") && n.get(0).has("summary")).isTrue();
  }

  @Test
  void describeShowsEverythingAUserNeeds() throws IOException {
    Run r = run("describe", "logic.knights-knaves");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("version", "Params", "Levels:", "Templates:", "Answer format:", "Example", "Scoring:");
    JsonNode j = Json.MAPPER.readTree(run("describe", "planning.blocksworld", "--json").out());
    for (String f : List.of("id", "version", "params", "levels", "templates", "answer_format", "example", "scoring")) {
      assertThat(j.has(f)).as(f).isTrue();
    }
    assertThat(j.get("levels").size()).isEqualTo(10);
  }

  @Test
  void generateWritesInstancesWithTheContractFieldsInOrder() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Run r = run("generate", "arithmetic.expression", "--level", "3", "--seed", "91", "--count", "5", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(5);
    JsonNode first = Json.MAPPER.readTree(lines.get(0));
    List<String> fields = new ArrayList<>();
    Iterator<String> it = first.fieldNames();
    it.forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "task", "version", "seed", "index", "level", "params", "prompt",
        "template", "answer", "problem", "solution", "metrics", "fingerprint");
    assertThat(first.get("id").asText()).matches("arithmetic\\.expression@\\d+/p[0-9a-f]{5}/s91/i0");
    assertThat(first.get("level").asInt()).isEqualTo(3);
  }

  @Test
  void outputIsTheSameForAnyThreadCountAndStart() throws IOException {
    Path one = dir.resolve("one.jsonl");
    Path four = dir.resolve("four.jsonl");
    Path single = dir.resolve("single.jsonl");
    assertThat(run("generate", "logic.knights-knaves", "--count", "700", "--template", "mix", "--threads", "1", "-o", one.toString()).code()).isZero();
    assertThat(run("generate", "logic.knights-knaves", "--count", "700", "--template", "mix", "--threads", "4", "-o", four.toString()).code()).isZero();
    assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
    assertThat(run("generate", "logic.knights-knaves", "--template", "mix", "--start", "517", "--count", "1", "-o", single.toString()).code()).isZero();
    assertThat(Files.readAllLines(single)).containsExactly(Files.readAllLines(one).get(517));
  }

  @Test
  void badParamIsExitTwoWithOneSentenceAndNoFile() throws IOException {
    Path out = dir.resolve("bad.jsonl");
    Run r = run("generate", "logic.knights-knaves", "--param", "people=99", "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("taskforge: param 'people' must be an integer from").hasLineCount(1);
    assertNothingWritten();
    Run unknown = run("generate", "logic.knights-knaves", "--param", "peeple=3");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("'peeple'").contains("did you mean 'people'");
  }

  @Test
  void unknownTaskSuggestsTheClosest() {
    Run r = run("generate", "logic.knights-knave");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown task 'logic.knights-knave'").contains("did you mean logic.knights-knaves?");
  }

  @Test
  void badLevelCountAndThreadsAreExitTwo() {
    assertThat(run("generate", "planning.blocksworld", "--level", "11").err()).contains("level must be an integer from 1 to 10");
    assertThat(run("generate", "planning.blocksworld", "--level", "11").code()).isEqualTo(2);
    assertThat(run("generate", "planning.blocksworld", "--count", "-1").code()).isEqualTo(2);
    assertThat(run("generate", "planning.blocksworld", "--threads", "0").code()).isEqualTo(2);
    assertThat(run("generate", "planning.blocksworld", "--count", "ten").code()).isEqualTo(2);
    assertThat(run("generate").code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void hostileUserTemplateIsRefusedWithExitTwo() throws IOException {
    Path templates = dir.resolve("tpl");
    Files.createDirectories(templates.resolve("arithmetic.expression"));
    Files.writeString(templates.resolve("arithmetic.expression/evil.ftl"),
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    Path out = dir.resolve("evil.jsonl");
    Run r = run("generate", "arithmetic.expression", "--templates", templates.toString(), "--template", "evil", "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("template 'evil' of arithmetic.expression was refused").hasLineCount(1);
    assertNothingWritten();
  }

  @Test
  void userTemplateIsUsed() throws IOException {
    Path templates = dir.resolve("tpl");
    Files.createDirectories(templates.resolve("arithmetic.expression"));
    Files.writeString(templates.resolve("arithmetic.expression/plain.ftl"),
        "Compute ${problem.expression}. Put the result in <answer>…</answer>.");
    Path out = dir.resolve("plain.jsonl");
    Run r = run("generate", "arithmetic.expression", "--templates", templates.toString(), "--template", "plain", "--count", "2", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode n = Json.MAPPER.readTree(Files.readAllLines(out).get(0));
    assertThat(n.get("prompt").asText()).startsWith("Compute ").endsWith("in <answer>…</answer>.");
    assertThat(n.get("template").asText()).isEqualTo("plain");
  }

  @Test
  void verifyScoresEveryResponseAndSummarizes() throws IOException {
    Path instances = dir.resolve("inst.jsonl");
    assertThat(run("generate", "planning.blocksworld", "--level", "2", "--count", "4", "-o", instances.toString()).code()).isZero();
    List<String> lines = Files.readAllLines(instances);
    StringBuilder responses = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode inst = Json.MAPPER.readTree(lines.get(i));
      String response = i % 2 == 0 ? "Plan:\n<answer>\n" + inst.get("answer").asText() + "\n</answer>" : "I give up.";
      responses.append(Json.MAPPER.writeValueAsString(java.util.Map.of("id", inst.get("id").asText(), "response", response))).append('\n');
    }
    Path resp = dir.resolve("resp.jsonl");
    Files.writeString(resp, responses.toString());
    Path verdicts = dir.resolve("verdicts.jsonl");
    Run r = run("verify", "--instances", instances.toString(), "--responses", resp.toString(), "-o", verdicts.toString());
    assertThat(r.code()).isZero();
    List<String> v = Files.readAllLines(verdicts);
    assertThat(v).hasSize(4);
    JsonNode v0 = Json.MAPPER.readTree(v.get(0));
    assertThat(v0.get("score").asDouble()).isEqualTo(1.0);
    assertThat(v0.get("correct").asBoolean()).isTrue();
    assertThat(v0.get("status").asText()).isEqualTo("CORRECT");
    JsonNode v1 = Json.MAPPER.readTree(v.get(1));
    assertThat(v1.get("correct").asBoolean()).isFalse();
    assertThat(v1.get("reason").asText()).isNotBlank();
  }

  @Test
  void verifyRejectsBadInputWithExitTwo() throws IOException {
    Path instances = dir.resolve("inst.jsonl");
    assertThat(run("generate", "arithmetic.expression", "--count", "1", "-o", instances.toString()).code()).isZero();
    Path resp = dir.resolve("resp.jsonl");
    Files.writeString(resp, "{\"id\": \"nope\", \"response\": \"1\"}\n");
    Run r = run("verify", "--instances", instances.toString(), "--responses", resp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("line 1 answers instance nope, which is not in the instances file");
    Files.writeString(resp, "not json\n");
    assertThat(run("verify", "--instances", instances.toString(), "--responses", resp.toString()).code()).isEqualTo(2);
    assertThat(run("verify", "--instances", dir.resolve("missing").toString(), "--responses", resp.toString()).err())
        .contains("no such file");
  }

  @Test
  void benchReportsRates() {
    Run r = run("bench", "arithmetic.expression", "--level", "2", "--count", "200", "--threads", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("instances/s").contains("verify gold answers");
  }

  private void assertNothingWritten() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> !Files.isDirectory(p)).toList()).isEmpty();
    }
  }
}
