package io.taskforge.datasets.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackDiffTest {
  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void aOneLineChangeShowsAsItsEffects() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Packs.build(Packs.write(dir, "a.yaml", Packs.mixSpec("1.0.0", 100, 30)), a);
    // Version 1.0.1: a bigger train split, one more level of knights and knaves.
    Packs.build(Packs.write(dir, "b.yaml", Packs.mixSpec("1.0.1", 150, 30)
        .replace("level: 1, params: {}", "levels: [1, 2], params: {}")), b);
    Map<String, Object> d = PackDiff.diff(a, b);

    List<Map<String, Object>> changed = (List<Map<String, Object>>) d.get("changed");
    assertThat(changed).extracting(c -> c.get("field")).containsExactly("version");
    List<Map<String, Object>> tasks = (List<Map<String, Object>>) d.get("tasks");
    assertThat(tasks).extracting(t -> t.get("status")).containsExactly("unchanged", "changed");
    assertThat((List<Map<String, Object>>) tasks.get(1).get("changes")).extracting(c -> c.get("field")).contains("levels");
    List<Map<String, Object>> splits = (List<Map<String, Object>>) d.get("splits");
    assertThat(splits.get(0)).containsEntry("split", "train").containsEntry("status", "changed")
        .containsEntry("a_count", 100L).containsEntry("b_count", 150L);
    assertThat(splits.get(1)).containsEntry("split", "test").containsEntry("status", "unchanged");
    assertThat((List<?>) d.get("counts")).isNotEmpty();

    List<Map<String, Object>> overlap = (List<Map<String, Object>>) d.get("overlap");
    Map<String, Object> trainTrain = overlap.stream()
        .filter(o -> o.get("a_split").equals("train") && o.get("b_split").equals("train")).findFirst().orElseThrow();
    assertThat((Long) trainTrain.get("shared")).isPositive().isLessThanOrEqualTo(100L);
    assertThat(trainTrain.get("a_records")).isEqualTo(100L);
    assertThat(trainTrain.get("b_records")).isEqualTo(150L);

    String text = PackDiff.render(d);
    assertThat(text).contains("A: test-mix 1.0.0, 130 records", "B: test-mix 1.0.1, 180 records", "version: 1.0.0 -> 1.0.1",
        "~ logic.knights-knaves", "levels: [1] -> [1,2]", "train: 100 -> 150 records", "test: 30 records, unchanged",
        "train x train:");
    // The JSON form is plain JSON.
    assertThat(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(d)).get("overlap").isArray()).isTrue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPackComparedWithItselfSharesEverything() throws IOException {
    Path a = dir.resolve("a");
    Packs.build(Packs.write(dir, "a.yaml", Packs.mixSpec("1.0.0", 40, 10)), a);
    Map<String, Object> d = PackDiff.diff(a, a);
    assertThat((List<?>) d.get("changed")).isEmpty();
    assertThat((List<?>) d.get("counts")).isEmpty();
    List<Map<String, Object>> overlap = (List<Map<String, Object>>) d.get("overlap");
    assertThat(overlap).extracting(o -> o.get("shared")).containsExactly(40L, 10L);
    assertThat((List<?>) d.get("warnings")).isEmpty();
  }
}
