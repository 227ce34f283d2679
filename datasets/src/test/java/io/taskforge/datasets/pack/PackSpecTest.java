package io.taskforge.datasets.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field of a spec is checked, with one sentence that names the field. */
class PackSpecTest {
  private static final String GOOD = Packs.mixSpec("1.0.0", 10, 5);

  static PackSpec parse(String yaml) {
    return PackSpec.parse(yaml, "spec.yaml", Path.of("."), false);
  }

  static ResolvedPack resolve(String yaml) {
    return ResolvedPack.resolve(parse(yaml));
  }

  /** The error of a spec, checked to be one sentence that starts with the spec's name. */
  static String error(String yaml) {
    try {
      resolve(yaml);
    } catch (PackException e) {
      assertThat(e.getMessage()).startsWith("spec.yaml").doesNotContain("\n");
      return e.getMessage();
    }
    throw new AssertionError("the spec was accepted:\n" + yaml);
  }

  @Test
  void aGoodSpecIsReadWithItsDefaults() {
    PackSpec s = parse(GOOD);
    assertThat(s.name()).isEqualTo("test-mix");
    assertThat(s.version()).isEqualTo("1.0.0");
    assertThat(s.seed()).isEqualTo(2026);
    assertThat(s.splits()).extracting(PackSpec.Split::name).containsExactly("train", "test");
    assertThat(s.splits().get(1).levels()).containsExactly(3, 4);
    assertThat(s.tasks().get(0).levels()).containsExactly(1, 2);
    assertThat(s.tasks().get(1).levels()).containsExactly(1);
    assertThat(s.tasks().get(1).template()).isEqualTo("default");
    assertThat(s.exclude()).isEmpty();
    ResolvedPack r = ResolvedPack.resolve(s);
    assertThat(r.canary()).matches("[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(r.splits().get(0).seed()).isNotEqualTo(r.splits().get(1).seed()).isNotEqualTo(2026L);
    // The test split's levels replace the tasks' levels: params are resolved for those levels too.
    assertThat(r.entries().get(0).byLevel().keySet()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aMinimalSpecNeedsOnlyNameVersionSeedSplitsAndTasks() {
    PackSpec s = parse("name: m\nversion: 0.1.0\nseed: 1\nsplits: {train: {count: 3}}\ntasks: [{task: arithmetic.expression}]\n");
    assertThat(s.license()).isEqualTo("unknown");
    assertThat(s.description()).isEmpty();
    assertThat(s.tasks().get(0).weight()).isEqualTo(1);
    assertThat(s.tasks().get(0).levels()).containsExactly(5);
  }

  @Test
  void jsonSpecsAreReadToo() {
    PackSpec s = PackSpec.parse("{\"name\": \"j\", \"version\": \"1.2.3\", \"seed\": -5, \"splits\": {\"train\": {\"count\": 2}},"
        + " \"tasks\": [{\"task\": \"arithmetic.expression\", \"levels\": [2, 1]}]}", "spec.json", null, true);
    assertThat(s.seed()).isEqualTo(-5);
    assertThat(s.tasks().get(0).levels()).containsExactly(1, 2);
  }

  @Test
  void theCanaryCanBeGiven() {
    ResolvedPack r = resolve(GOOD + "canary: 3F2C1E9A-7B41-4D2E-9C55-0A8B6D4E1F27\n");
    assertThat(r.canary()).isEqualTo("3f2c1e9a-7b41-4d2e-9c55-0a8b6d4e1f27");
  }

  @Test
  void missingFieldsAreNamed() {
    for (String field : List.of("name", "version", "seed", "splits", "tasks")) {
      String yaml = GOOD.lines().filter(l -> !l.startsWith(field + ":")).reduce("", (a, b) -> a + b + "\n");
      if (field.equals("splits")) {
        yaml = yaml.replaceAll("(?m)^  (train|test):.*\\n", "");
      }
      if (field.equals("tasks")) {
        yaml = yaml.replaceAll("(?m)^  - .*\\n", "");
      }
      assertThat(error(yaml)).as(field).contains("field '" + field + "' is missing");
    }
  }

  @Test
  void badValuesAreNamedWithWhatIsAllowed() {
    assertThat(error(GOOD.replace("name: test-mix", "name: Test Mix"))).contains("field 'name'").contains("[a-z0-9-]+");
    assertThat(error(GOOD.replace("version: 1.0.0", "version: 1.0"))).contains("field 'version'").contains("semantic version");
    assertThat(error(GOOD.replace("version: 1.0.0", "version: v1"))).contains("field 'version'").contains("'v1'");
    assertThat(error(GOOD.replace("seed: 2026", "seed: soon"))).contains("field 'seed' must be an integer");
    assertThat(error(GOOD.replace("seed: 2026", "seed: 1.5"))).contains("field 'seed'");
    assertThat(error(GOOD.replace("license: CC-BY-4.0", "license: my license"))).contains("field 'license'");
    assertThat(error(GOOD + "canary: not-a-guid\n")).contains("field 'canary'");
    assertThat(error(GOOD.replace("{count: 10}", "{count: 0}"))).contains("field 'splits.train.count' must be an integer from 1");
    assertThat(error(GOOD.replace("{count: 10}", "{count: ten}"))).contains("field 'splits.train.count'");
    assertThat(error(GOOD.replace("{count: 10}", "{levels: [1]}"))).contains("field 'splits.train.count' is missing");
    assertThat(error(GOOD.replace("levels: [3, 4]", "levels: [3, 11]"))).contains("field 'splits.test.levels'").contains("11");
    assertThat(error(GOOD.replace("levels: [3, 4]", "levels: [3, 3]"))).contains("field 'splits.test.levels' lists level 3 twice");
    assertThat(error(GOOD.replace("levels: [3, 4]", "levels: []"))).contains("field 'splits.test.levels'");
    assertThat(error(GOOD.replace("  train:", "  Train-Set:"))).contains("field 'splits'").contains("'Train-Set'");
    assertThat(error(GOOD.replace("weight: 2", "weight: 0"))).contains("field 'tasks[0].weight' must be an integer from 1");
    assertThat(error(GOOD.replace("level: 1,", "level: 0,"))).contains("field 'tasks[1].level'");
    assertThat(error(GOOD.replace("level: 1,", "level: 1, levels: [2],"))).contains("field 'tasks[1]' has both level and levels");
    assertThat(error(GOOD.replace("params: {}", "params: [1]"))).contains("field 'tasks[1].params' must be a mapping");
    assertThat(error(GOOD + "exclude: some/path\n")).contains("field 'exclude' must be a list");
    assertThat(error(GOOD.replace("tasks:\n", "tasks: []\n").replaceAll("(?m)^  - .*\\n", ""))).contains("field 'tasks' must be a non-empty list");
  }

  @Test
  void unknownFieldsAreNamedWithTheClosest() {
    assertThat(error(GOOD.replace("seed: 2026", "sead: 2026"))).contains("unknown field 'sead' (did you mean 'seed'?)");
    assertThat(error(GOOD.replace("{count: 10}", "{cuont: 10}"))).contains("unknown field 'splits.train.cuont' (did you mean 'count'?)");
    assertThat(error(GOOD.replace("weight: 2", "wieght: 2"))).contains("unknown field 'tasks[0].wieght' (did you mean 'weight'?)");
  }

  @Test
  void unknownTasksParamsAndTemplatesAreNamedWithTheClosest() {
    assertThat(error(GOOD.replace("task: logic.knights-knaves", "task: logic.knights-knave")))
        .contains("field 'tasks[1].task'").contains("unknown task 'logic.knights-knave'").contains("did you mean logic.knights-knaves?");
    assertThat(error(GOOD.replace("params: {}", "params: {peeple: 3}")))
        .contains("field 'tasks[1].params'").contains("'peeple'").contains("did you mean 'people'");
    assertThat(error(GOOD.replace("params: {}", "params: {people: 999}")))
        .contains("field 'tasks[1].params.people'").contains("param 'people' must be an integer from");
    assertThat(error(GOOD.replace("template: mix", "template: defualt")))
        .contains("field 'tasks[0].template'").contains("did you mean 'default'?");
  }

  @Test
  void paramsMayBeGivenAsTextOrTyped() {
    ResolvedPack r = resolve(GOOD.replace("params: {}", "params: {people: \"3\"}"));
    assertThat(r.entries().get(1).byLevel().get(1).getInt("people")).isEqualTo(3);
  }

  @Test
  void syntaxErrorsAndDuplicateKeysAreOneSentenceWithTheLine() {
    assertThat(error("name: x\nversion: [1.0.0\n")).contains("spec.yaml is not valid YAML").contains("line");
    assertThat(error(GOOD + "seed: 7\n")).contains("spec.yaml is not valid YAML").containsIgnoringCase("duplicate");
    assertThat(error("")).contains("spec.yaml is empty");
    assertThat(error("- just\n- a list\n")).contains("must be a mapping");
  }

  @Test
  void aMissingSpecFileIsNamed() {
    assertThatThrownBy(() -> PackSpec.read(Path.of("no/such/spec.yaml")))
        .isInstanceOf(PackException.class).hasMessageContaining("no such spec file: no/such/spec.yaml");
  }
}
