package io.taskforge.datasets.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import io.taskforge.datasets.pack.PackException;
import io.taskforge.datasets.pack.Packs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackEvalTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path shared;
  static Path pack;
  static Path responses;
  static int answered;

  @TempDir Path dir;

  /**
   * A pack of two tasks over levels 1 to 6, answered with the gold answer up to level 3 and wrongly
   * above, every tenth record left unanswered: accuracy crosses 50% at level 3.5.
   */
  @BeforeAll
  static void buildAndAnswer() throws IOException {
    pack = shared.resolve("ladder");
    Packs.build(Packs.write(shared, "ladder.yaml", "name: ladder\nversion: 1.0.0\nseed: 5\n"
        + "splits: {train: {count: 40}, test: {count: 160}}\n"
        + "tasks:\n  - {task: arithmetic.expression, levels: [1, 2, 3, 4, 5, 6]}\n"
        + "  - {task: logic.knights-knaves, levels: [1, 2, 3, 4, 5, 6]}\n"), pack);
    StringBuilder sb = new StringBuilder();
    for (String split : List.of("train", "test")) {
      List<String> lines = Packs.lines(pack.resolve("data/" + split + ".jsonl.gz"));
      for (int i = 0; i < lines.size(); i++) {
        if (i % 10 == 9) {
          continue;
        }
        JsonNode r = Json.MAPPER.readTree(lines.get(i));
        String response = r.get("level").asInt() <= 3
            ? "Let me work it out.\n<answer>" + r.get("answer").asText() + "</answer>"
            : "I am not sure.";
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", r.get("id").asText());
        line.put("response", response);
        sb.append(Json.MAPPER.writeValueAsString(line)).append('\n');
        answered++;
      }
    }
    responses = Packs.write(shared, "responses.jsonl", sb.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theReportSumsUpBySplitTaskAndLevelWithTheCrossing() throws IOException {
    Map<String, Object> r = PackEval.evaluate(pack, responses);
    assertThat(r.get("records")).isEqualTo(200L);
    assertThat(r.get("answered")).isEqualTo((long) answered);
    List<Map<String, Object>> tasks = (List<Map<String, Object>>) r.get("tasks");
    assertThat(tasks).extracting(t -> t.get("task")).containsExactly("arithmetic.expression", "logic.knights-knaves");
    for (Map<String, Object> t : tasks) {
      assertThat(t.get("crossing_50")).as("%s", t.get("task")).isEqualTo(3.5);
      for (Map<String, Object> l : (List<Map<String, Object>>) t.get("levels")) {
        assertThat(l.get("accuracy")).isEqualTo((Integer) l.get("level") <= 3 ? 1.0 : 0.0);
      }
    }
    List<Map<String, Object>> splits = (List<Map<String, Object>>) r.get("splits");
    assertThat(splits).extracting(s -> s.get("split")).containsExactly("train", "test");
    assertThat(splits.get(1).get("records")).isEqualTo(160L);
    assertThat((List<?>) splits.get(1).get("tasks")).hasSize(2);
    Map<String, Long> statuses = (Map<String, Long>) r.get("statuses");
    assertThat(statuses).containsKeys("CORRECT", "INVALID_FORMAT");
    assertThat(statuses.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(answered);
  }

  @Test
  void crossingsAreInterpolatedOrExplained() {
    java.util.TreeMap<Integer, PackEval.Tally> levels = new java.util.TreeMap<>();
    levels.put(2, tally(9, 10));
    levels.put(4, tally(7, 10));
    levels.put(6, tally(1, 10));
    assertThat(PackEval.Crossing.of(levels).level()).isCloseTo(4 + 0.2 / 0.6 * 2, org.assertj.core.data.Offset.offset(1e-9));
    levels.put(6, tally(6, 10));
    assertThat(PackEval.Crossing.of(levels).level()).isNull();
    assertThat(PackEval.Crossing.of(levels).note()).contains("at or above 50% up to the highest level answered (6)");
    levels.put(2, tally(4, 10));
    assertThat(PackEval.Crossing.of(levels).note()).contains("below 50% from the lowest level answered (2)");
  }

  static PackEval.Tally tally(int correct, int count) {
    PackEval.Tally t = new PackEval.Tally();
    t.count = count;
    t.correct = correct;
    t.scoreSum = correct;
    return t;
  }

  @Test
  void badResponsesAreNamedByLine() throws IOException {
    Path unknown = Packs.write(dir, "r.jsonl", "{\"id\": \"nope\", \"response\": \"1\"}\n");
    assertThatThrownBy(() -> PackEval.evaluate(pack, unknown))
        .isInstanceOf(PackException.class).hasMessageContaining("line 1 answers nope, which is not a record of the pack ladder 1.0.0");
    String first = Files.readAllLines(responses).get(0);
    Path twice = Packs.write(dir, "twice.jsonl", first + "\n\n" + first + "\n");
    assertThatThrownBy(() -> PackEval.evaluate(pack, twice))
        .isInstanceOf(PackException.class).hasMessageContaining("line 3 answers").hasMessageContaining("again (first answered on line 1)");
    Path notJson = Packs.write(dir, "bad.jsonl", "yes\n");
    assertThatThrownBy(() -> PackEval.evaluate(pack, notJson)).isInstanceOf(PackException.class).hasMessageContaining("line 1 is not JSON");
    Path number = Packs.write(dir, "number.jsonl", "{\"id\": \"x\", \"response\": 42}\n");
    assertThatThrownBy(() -> PackEval.evaluate(pack, number)).isInstanceOf(PackException.class).hasMessageContaining("not a string");
  }

  @Test
  void theHtmlIsSelfContainedAndItsChartsRenderInABrowser() throws Exception {
    Map<String, Object> r = PackEval.evaluate(pack, responses);
    String html = ReportHtml.render(r);
    assertThat(html).doesNotContain("<script", "src=", "href=", "@import", "url(");
    assertThat(count(html, "<svg class=\"chart\"")).isEqualTo(2);
    Path file = dir.resolve("report.html");
    Files.writeString(file, html, StandardCharsets.UTF_8);

    assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed at " + CHROMIUM);
    String dom = dumpDom(file);
    // The browser parsed the inline SVG into elements: one chart per task, each with its curves,
    // points at the six levels, and the 50% crossing.
    assertThat(count(dom, "<svg class=\"chart\"")).isEqualTo(2);
    assertThat(count(dom, "<polyline class=\"accuracy\"")).isEqualTo(2);
    assertThat(count(dom, "<polyline class=\"mean-score\"")).isEqualTo(2);
    assertThat(count(dom, "<circle class=\"point\"")).isEqualTo(12);
    assertThat(count(dom, "<line class=\"crossing\"")).isEqualTo(2);
    assertThat(dom).contains("50% at level 3.5</text>");
    Matcher points = Pattern.compile("<polyline class=\"accuracy\" points=\"([^\"]+)\"").matcher(dom);
    assertThat(points.find()).isTrue();
    assertThat(points.group(1).split(" ")).hasSize(6);
  }

  static String dumpDom(Path html) throws Exception {
    Path profile = Files.createTempDirectory("taskforge-chromium");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--dump-dom", html.toUri().toString()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish");
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
