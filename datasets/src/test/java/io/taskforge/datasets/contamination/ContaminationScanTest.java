package io.taskforge.datasets.contamination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import io.taskforge.datasets.pack.PackException;
import io.taskforge.datasets.pack.Packs;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContaminationScanTest {
  @TempDir static Path shared;
  static Path pack;
  static List<String> test;

  @TempDir Path dir;

  @BeforeAll
  static void buildOnce() throws IOException {
    pack = shared.resolve("mix");
    Packs.build(Packs.write(shared, "mix.yaml", Packs.mixSpec("1.0.0", 80, 30)), pack);
    test = Packs.lines(pack.resolve("data/test.jsonl.gz"));
  }

  static JsonNode record(int i) throws IOException {
    return Json.MAPPER.readTree(test.get(i));
  }

  static Map<String, Object> scan(Path corpus, String field) throws IOException {
    return ContaminationScan.scan(pack, List.of(corpus), new ContaminationScan.Options(13, field, 5));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPlantedPromptIsFound() throws IOException {
    JsonNode planted = record(7);
    Path corpus = Packs.write(dir, "corpus.txt", "Some forum post.\nLook at this puzzle I found:\n"
        + planted.get("prompt").asText().toUpperCase(java.util.Locale.ROOT) + "\nAnyway, see you.\n");
    Map<String, Object> r = scan(corpus, null);
    assertThat(r.get("contaminated")).isEqualTo(1L);
    assertThat((Double) r.get("rate")).isEqualTo(1.0 / 110);
    Map<String, Object> testSplit = ((Map<String, Map<String, Object>>) r.get("splits")).get("test");
    assertThat(testSplit.get("contaminated")).isEqualTo(1L);
    List<Map<String, Object>> worst = (List<Map<String, Object>>) r.get("worst");
    assertThat(worst).hasSize(1);
    assertThat(worst.get(0)).containsEntry("id", planted.get("id").asText()).containsEntry("split", "test")
        .containsEntry("line", 8L).containsEntry("overlap", 1.0);
    assertThat((String) worst.get(0).get("excerpt")).isNotBlank();
    assertThat(ContaminationScan.render(r, 0.0)).contains("above --max-rate", planted.get("id").asText());
  }

  @Test
  void aCleanCorpusAndTheSharedInstructionsAreNotContamination() throws IOException {
    // The instructions every prompt shares are template text: quoting them is not a leak.
    String instructions = record(0).get("prompt").asText();
    StringBuilder corpus = new StringBuilder("Nothing to see here, only prose about islands and numbers.\n");
    int alike = 0;
    for (int i = 0; i < test.size(); i++) {
      String p = record(i).get("prompt").asText();
      if (record(i).get("task").equals(record(0).get("task")) && record(i).get("template").equals(record(0).get("template"))) {
        alike++;
        // keep the longest common tail of the prompts: the answer-format instructions
        int k = 0;
        while (k < p.length() && k < instructions.length()
            && p.charAt(p.length() - 1 - k) == instructions.charAt(instructions.length() - 1 - k)) {
          k++;
        }
        instructions = instructions.substring(instructions.length() - k);
      }
    }
    assertThat(alike).isGreaterThan(2);
    assertThat(instructions.split("\\s+").length).isGreaterThan(20);
    corpus.append(instructions);
    Map<String, Object> r = scan(Packs.write(dir, "c.txt", corpus.toString()), null);
    assertThat(r.get("contaminated")).isEqualTo(0L);
    assertThat((Long) r.get("template_ngrams")).isPositive();
  }

  @Test
  @SuppressWarnings("unchecked")
  void promptsMadeOnlyOfSharedPiecesAreFoundWhenWhole() throws IOException {
    // Small blocks worlds repeat their states: many prompts have no n-gram of their own.
    Path blocks = dir.resolve("blocks");
    Packs.build(Packs.write(dir, "blocks.yaml", "name: blocks\nversion: 1.0.0\nseed: 9\nsplits: {test: {count: 12}}\n"
        + "tasks: [{task: planning.blocksworld, level: 1}]\n"), blocks);
    List<String> lines = Packs.lines(blocks.resolve("data/test.jsonl.gz"));
    Map<String, Object> clean = ContaminationScan.scan(blocks, List.of(Packs.write(dir, "none.txt", "nothing")),
        new ContaminationScan.Options(13, null, 5));
    assertThat((Long) clean.get("whole_prompt")).isPositive();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode r = Json.MAPPER.readTree(lines.get(i));
      Path corpus = Packs.write(dir, "c" + i + ".txt", "A post.\n" + r.get("prompt").asText());
      Map<String, Object> s = ContaminationScan.scan(blocks, List.of(corpus), new ContaminationScan.Options(13, null, 20));
      List<Map<String, Object>> worst = (List<Map<String, Object>>) s.get("worst");
      assertThat(worst).as("record %d", i).anySatisfy(w -> assertThat(w).containsEntry("id", r.get("id").asText()).containsEntry("overlap", 1.0));
    }
  }

  @Test
  void jsonlCorporaAreReadByField() throws IOException {
    JsonNode planted = record(3);
    Path corpus = dir.resolve("c.jsonl.gz");
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(corpus)), StandardCharsets.UTF_8))) {
      w.write("{\"meta\": {\"text\": \"unrelated words that appear nowhere in the pack at all, not even once, truly\"}}\n");
      w.write("{\"meta\": {\"text\": " + Json.MAPPER.writeValueAsString(planted.get("prompt").asText()) + "}}\n");
      w.write("{\"other\": 1}\n");
    }
    Map<String, Object> r = scan(corpus, "meta.text");
    assertThat(r.get("contaminated")).isEqualTo(1L);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> info = (List<Map<String, Object>>) r.get("corpus");
    assertThat(info.get(0)).containsEntry("records_without_field", 1L);
  }

  @Test
  void aCorpusIsStreamedWhateverItsLineLength() throws IOException {
    // 40 MB on one line, with the planted prompt at the end.
    Path corpus = dir.resolve("big.txt");
    JsonNode planted = record(11);
    try (BufferedWriter w = Files.newBufferedWriter(corpus)) {
      String filler = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";
      for (long n = 0; n < 40_000_000; n += filler.length()) {
        w.write(filler);
      }
      w.write(planted.get("prompt").asText().replace('\n', ' '));
    }
    Map<String, Object> r = scan(corpus, null);
    assertThat(r.get("contaminated")).isEqualTo(1L);
  }

  @Test
  void badInputIsNamed() throws IOException {
    assertThatThrownBy(() -> scan(dir.resolve("missing.txt"), null))
        .isInstanceOf(PackException.class).hasMessageContaining("no such corpus file");
    Path notJson = Packs.write(dir, "c.jsonl", "plain text\n");
    assertThatThrownBy(() -> scan(notJson, "text"))
        .isInstanceOf(PackException.class).hasMessageContaining("line 1 is not JSON");
  }
}
