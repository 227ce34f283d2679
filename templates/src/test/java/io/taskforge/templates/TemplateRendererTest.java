package io.taskforge.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {
  record FakeProblem(int a, int b) {}

  static final class FakeTask implements Task<FakeProblem> {
    @Override public String id() { return "test.fake"; }
    @Override public int version() { return 1; }
    @Override public String summary() { return "Adds two numbers."; }
    @Override public ParamSchema schema() { return ParamSchema.of(ParamSpec.integer("max", 9, 1, 99, "largest number")); }
    @Override public Map<String, Object> levelOverrides(int level) { return Map.of(); }
    @Override public Class<FakeProblem> problemType() { return FakeProblem.class; }
    @Override public Generated<FakeProblem> generate(Params params, Rng rng) {
      int a = rng.between(0, params.getInt("max"));
      int b = rng.between(0, params.getInt("max"));
      return Generated.of(new FakeProblem(a, b), null, String.valueOf(a + b), Map.of(),
          ImmutableMap.of("numbers", List.of(a, b)), a + "+" + b);
    }
    @Override public String answerFormat() { return "Answer with an integer."; }
    @Override public String scoring() { return "1 when equal."; }
    @Override public List<String> difficultyMetrics() { return List.of(); }
  }

  private final FakeTask task = new FakeTask();
  private final Params params = task.level(5);
  private final Generated<FakeProblem> generated = task.generate(params, new Rng(3));

  @TempDir Path dir;

  @Test
  void rendersBuiltInTemplatesWithProblemViewAndFormat() {
    TemplateRenderer r = new TemplateRenderer();
    assertThat(r.names("test.fake")).containsExactly("default", "terse");
    String p = r.render(task, "default", params, generated);
    FakeProblem fp = generated.problem();
    assertThat(p).startsWith("Add " + fp.a() + " and " + fp.b() + ". Answer with an integer.")
        .contains("Numbers: " + fp.a() + ", " + fp.b() + ".")
        .contains("<answer>…</answer>");
  }

  @Test
  void mixChoosesDeterministicallyAndUsesEveryTemplate() {
    TemplateRenderer r = new TemplateRenderer();
    Set<String> seen = new HashSet<>();
    for (long s = 0; s < 50; s++) {
      String a = r.choose("test.fake", "mix", s);
      assertThat(r.choose("test.fake", "mix", s)).isEqualTo(a);
      seen.add(a);
    }
    assertThat(seen).containsExactlyInAnyOrder("default", "terse");
    assertThat(r.choose("test.fake", null, 1)).isEqualTo("default");
  }

  @Test
  void unknownTemplateNamesTheChoices() {
    assertThatThrownBy(() -> new TemplateRenderer().choose("test.fake", "fancy", 0))
        .isInstanceOf(TemplateRefusedException.class)
        .hasMessage("task test.fake has no template 'fancy'; its templates are default, terse (or mix)");
  }

  @Test
  void userTemplatesAreAddedAndOverrideBuiltIns() throws IOException {
    write("test.fake/mine.ftl", "Mine: ${problem.a}. <answer>…</answer>");
    write("test.fake/terse.ftl", "Overridden ${problem.b}");
    TemplateRenderer r = new TemplateRenderer(dir);
    assertThat(r.names("test.fake")).containsExactly("default", "terse", "mine");
    assertThat(r.render(task, "mine", params, generated)).isEqualTo("Mine: " + generated.problem().a() + ". <answer>…</answer>");
    assertThat(r.render(task, "terse", params, generated)).isEqualTo("Overridden " + generated.problem().b());
  }

  @Test
  void refusesObjectConstruction() throws IOException {
    write("test.fake/evil.ftl", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    assertRefused("evil", "was refused");
  }

  @Test
  void refusesTheApiBuiltIn() throws IOException {
    write("test.fake/evil.ftl", "${view?api.getClass().getName()}");
    assertRefused("evil", "was refused");
  }

  @Test
  void refusesClassAccessThroughValues() throws IOException {
    write("test.fake/evil.ftl", "${task.getClass().getProtectionDomain()}");
    assertRefused("evil", "was refused");
  }

  @Test
  void refusesIncludesOutsideTheTemplateRoot() throws IOException {
    Files.writeString(dir.getParent().resolve("secret-" + dir.getFileName() + ".txt"), "secret");
    write("test.fake/evil.ftl", "<#include \"../../secret-" + dir.getFileName() + ".txt\">");
    assertRefused("evil", "evil");
    write("test.fake/evil2.ftl", "<#include \"/etc/passwd\">");
    assertRefused("evil2", "evil2");
  }

  @Test
  void undefinedValuesAreErrorsNotEmptyStrings() throws IOException {
    write("test.fake/typo.ftl", "Add ${problem.c}. <answer>…</answer>");
    assertRefused("typo", "problem.c");
  }

  @Test
  void syntaxErrorsNameTheLine() throws IOException {
    write("test.fake/broken.ftl", "ok\n<#if>\n");
    assertRefused("broken", "line");
  }

  @Test
  void missingUserDirectoryIsRefused() {
    assertThatThrownBy(() -> new TemplateRenderer(dir.resolve("nope")))
        .isInstanceOf(TemplateRefusedException.class).hasMessageContaining("does not exist");
  }

  @Test
  void numbersRenderTheSameInEveryLocale() throws IOException {
    write("test.fake/big.ftl", "${params.max * 1000} ${3.5}");
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertThat(new TemplateRenderer(dir).render(task, "big", params, generated)).isEqualTo("9000 3.5");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  private void assertRefused(String name, String messagePart) {
    TemplateRenderer r = new TemplateRenderer(dir);
    assertThatThrownBy(() -> r.render(task, name, params, generated))
        .isInstanceOf(TemplateRefusedException.class)
        .hasMessageContaining("template '" + name + "' of test.fake")
        .hasMessageContaining(messagePart)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private void write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
