package io.taskforge.arithmetic.wordproblems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.math.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The scenario library: its size and variety, hand-checked examples, satisfiability, and the loader's rules. */
class ScenarioLibraryTest {
  private static final Scenarios LIBRARY = Scenarios.library();
  private static final ScenarioSampler SAMPLER = new ScenarioSampler(LIBRARY.pools());

  @Test
  void theLibraryHasAtLeastFortyScenariosOverManyTopics() {
    assertThat(LIBRARY.all()).hasSizeGreaterThanOrEqualTo(40);
    Set<String> topics = new TreeSet<>();
    for (Scenario s : LIBRARY.all()) {
      topics.add(s.topic());
      assertThat(s.maxExtraSteps()).as(s.id()).isGreaterThanOrEqualTo(WordProblemsTask.MAX_EXTRA_STEPS);
      assertThat(s.noops()).as(s.id()).hasSizeGreaterThanOrEqualTo(WordProblemsTask.MAX_NOOPS);
    }
    assertThat(topics).hasSizeGreaterThanOrEqualTo(10)
        .contains("shopping", "travel", "baking", "savings", "ages", "rates", "areas", "sharing");
  }

  /** Each scenario's example answers were worked out by hand from its story, apart from the formulas. */
  @Test
  void everyExampleGivesItsHandComputedAnswerForEveryNumberOfExtraSteps() {
    List<String> wrong = new ArrayList<>();
    for (Scenario s : LIBRARY.all()) {
      for (int k = 0; k <= s.maxExtraSteps(); k++) {
        try {
          Map<String, Rational> values = ScenarioSampler.evaluate(s, k, s.example().vars());
          Rational got = values.get(s.stages().get(k).answer());
          Rational want = s.example().answers().get(k);
          if (!got.equals(want)) {
            wrong.add(s.id() + " with " + k + " extra steps: " + got + " instead of " + want);
          }
        } catch (RuntimeException e) {
          wrong.add(s.id() + " with " + k + " extra steps: " + e.getMessage());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * Every scenario, at every number of extra steps and every magnitude, with every no-op clause, finds
   * numbers well within the draw bound: the mean number of draws stays below 40, so the chance that
   * one instance exhausts the 1000 allowed draws is below 1e-10.
   */
  @Test
  void everyScenarioSatisfiesItsConstraintsEasilyAtEveryStepCountAndMagnitude() {
    List<String> hard = new ArrayList<>();
    int samples = 20;
    for (Scenario s : LIBRARY.all()) {
      for (int k = 0; k <= WordProblemsTask.MAX_EXTRA_STEPS; k++) {
        for (int m = 1; m <= WordProblemsTask.MAX_MAGNITUDE; m++) {
          long draws = 0;
          for (int i = 0; i < samples; i++) {
            Rng rng = new Rng(1_000_003L * k + 7919L * m + i);
            ScenarioSampler.Sample sample = SAMPLER.sample(s, k, s.noops().size(), m, rng);
            draws += sample.draws();
            assertThat(sample.noops()).hasSize(s.noops().size());
          }
          if (draws > 40L * samples) {
            hard.add(s.id() + " k=" + k + " m=" + m + ": mean draws " + draws / samples);
          }
        }
      }
    }
    assertThat(hard).isEmpty();
  }

  /** Every scenario at every level, through the task: what the level asks is delivered. */
  @Test
  void everyScenarioIsExercisedAtEveryLevel() {
    WordProblemsTask task = new WordProblemsTask();
    for (Scenario s : LIBRARY.all()) {
      for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
        Params p = task.resolve(level, Map.of("scenario", s.id()));
        for (int i = 0; i < 3; i++) {
          Generated<WordProblem> g = task.generate(p, new Rng(31L * level + i));
          assertThat(g.problem().scenario()).isEqualTo(s.id());
          assertThat(g.metrics().get("extra_steps")).isEqualTo(p.getInt("extra_steps"));
          assertThat(g.metrics().get("noop_clauses")).isEqualTo(p.getInt("noops"));
          assertThat(g.problem().statement()).doesNotContain("${").doesNotContain("  ").endsWith("?");
          assertThat(g.problem().asked()).isEqualTo(s.stages().get(p.getInt("extra_steps")).answer());
        }
      }
    }
  }

  @Test
  void noScenarioTextUsesAnAmbiguousPronounAtTheStartOfAnExtraStep() {
    // no-op clauses may precede any extra step and may mention other people, so extra steps open with a name
    for (Scenario s : LIBRARY.all()) {
      for (int k = 1; k < s.stages().size(); k++) {
        String first = s.stages().get(k).sentences().get(0).source();
        assertThat(first).as(s.id() + " stage " + k).doesNotStartWith("He ").doesNotStartWith("She ")
            .doesNotStartWith("They ").doesNotStartWith("It ").doesNotContain("_Subj}");
      }
    }
  }

  // ---- the loader's rules, on small declarations ----

  private static final String BASE = """
      id: tiny
      topic: test
      vars:
        p: person
        a: {min: 2, max: 9}
        b: {min: 2, max: 9}
      stages:
        - text: "${p} has ${a} boxes with ${b} pens in each."
          let:
            pens: {expr: a * b, about: "the pens ${p} has"}
          question: "How many pens does ${p} have?"
          answer: pens
        - text: "${p} buys ${c} more pens."
          let:
            more: {expr: pens + c, about: "the pens after buying"}
          question: "How many pens does ${p} have now?"
          answer: more
      noops:
        - vars: {x: {min: 2, max: 5}}
          text: "${p} owns ${x} pencil cases."
      example:
        vars: {a: 2, b: 3, c: 4}
        answers: [6, 10]
      """;

  private static Scenario load(String yaml) {
    try {
      JsonNode node = new YAMLMapper().readTree(yaml);
      return new ScenarioLoader(Set.of("fruits"), 2, 1).load(node);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String withVarC(String yaml) {
    return yaml.replace("  b: {min: 2, max: 9}\n", "  b: {min: 2, max: 9}\n  c: {min: 2, max: 9}\n");
  }

  @Test
  void aWellFormedDeclarationLoads() {
    Scenario s = load(withVarC(BASE));
    assertThat(s.stages()).hasSize(2);
    assertThat(ScenarioSampler.evaluate(s, 1, s.example().vars())).containsEntry("more", Rational.of(10));
  }

  @Test
  void theLoaderRejectsBrokenDeclarationsNamingTheProblem() {
    String ok = withVarC(BASE);
    assertThatThrownBy(() -> load(BASE)).hasMessageContaining("tiny").hasMessageContaining("'c'");
    assertThatThrownBy(() -> load(ok.replace("  c: {min: 2, max: 9}\n", "  c: {min: 2, max: 9}\n  d: {min: 1, max: 3}\n")))
        .hasMessageContaining("'d' is never used");
    assertThatThrownBy(() -> load(ok.replace("expr: pens + c", "expr: a + c")))
        .hasMessageContaining("does not feed the answer");
    assertThatThrownBy(() -> load(ok.replace("${p} buys ${c} more pens.", "${p} buys more pens.")))
        .hasMessageContaining("'c'").hasMessageContaining("not in scope");
    assertThatThrownBy(() -> load(ok.replace("expr: pens + c", "expr: pens + 1")))
        .hasMessageContaining("shows 'c' but none of its quantities uses it");
    assertThatThrownBy(() -> load(ok.replace("  c: {min: 2, max: 9}", "  c: {min: 2, max: 9, hidden: true}")))
        .hasMessageContaining("hidden");
    assertThatThrownBy(() -> load(ok.replace("expr: pens + c", "expr: pens + x")))
        .hasMessageContaining("unknown name 'x'");
    assertThatThrownBy(() -> load(ok.replace("expr: a * b", "expr: a")))
        .hasMessageContaining("does no arithmetic");
    assertThatThrownBy(() -> load(ok.replace("${p} owns ${x} pencil cases.", "<#if true>${p}</#if> owns ${x} cases.")))
        .hasMessageContaining("directives");
    assertThatThrownBy(() -> load(ok.replace("${p} owns ${x}", "${p} owns ${x?c}")))
        .hasMessageContaining("only ${name}");
    assertThatThrownBy(() -> load(ok.replace("${p} owns ${x} pencil cases.", "${p} owns ${c} cases and ${x} bags.")))
        .hasMessageContaining("no-op 0");
    assertThatThrownBy(() -> load(ok.replace("answers: [6, 10]", "answers: [6]")))
        .hasMessageContaining("1 answers for 2 stages");
    assertThatThrownBy(() -> new ScenarioLoader(Set.of(), 3, 1).load(new YAMLMapper().readTree(ok)))
        .hasMessageContaining("at least 3 are needed");
  }

  @Test
  void aScenarioThatCannotSatisfyItsConstraintsFailsAfterTheDrawBoundNeverLoopsForever() {
    Scenario s = load(withVarC(BASE).replace("    question: \"How many pens does ${p} have now?\"",
        "    where: [\"more > 500\"]\n    question: \"How many pens does ${p} have now?\""));
    assertThat(SAMPLER.sample(s, 0, 1, 1, new Rng(1)).answer().signum()).isPositive();
    assertThatThrownBy(() -> SAMPLER.sample(s, 1, 0, 1, new Rng(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tiny")
        .hasMessageContaining(ScenarioSampler.MAX_DRAWS + " draws");
  }

  @Test
  void fragmentsAreAStrictSubsetOfFreemarker() {
    Map<String, Integer> slots = Map.of("a", 0, "b", 1);
    TextTemplate t = TextTemplate.parse("Pay $${a} for ${b} items, 50% off.", n -> slots.getOrDefault(n, -1));
    assertThat(t.render(new String[] {"1,250.50", "3"})).isEqualTo("Pay $1,250.50 for 3 items, 50% off.");
    assertThat(t.names()).containsExactly("a", "b");
    for (String bad : List.of("${a", "${a?c}", "${a + b}", "<#list x as y></#list>", "#{a}", "[#if a]", "${nope}", "<@m/>")) {
      assertThatThrownBy(() -> TextTemplate.parse(bad, n -> slots.getOrDefault(n, -1))).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
