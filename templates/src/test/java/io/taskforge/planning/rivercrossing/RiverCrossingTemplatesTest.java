package io.taskforge.planning.rivercrossing;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.templates.TemplateRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiverCrossingTemplatesTest {
  private final RiverCrossingTask task = new RiverCrossingTask();
  private final TemplateRenderer renderer = new TemplateRenderer();

  @Test
  void everyTemplateStatesThePuzzleTheRulesAndTheAnswerFormat() {
    assertThat(renderer.names(task.id())).containsExactly("default", "narrative", "structured");
    Set<String> prompts = new HashSet<>();
    for (int level : new int[] {1, 2, 5, 7, 10}) {
      Params params = task.resolve(level, Map.of("optimality", String.valueOf(level == 5)));
      Generated<RiverCrossingProblem> g = task.generate(params, new Rng(level));
      for (String name : renderer.names(task.id())) {
        String prompt = renderer.render(task, name, params, g);
        prompts.add(prompt);
        assertThat(prompt).as(name).contains("<answer></answer>").contains(task.answerFormat())
            .doesNotContain("${").doesNotContainPattern("[ \\t]+\\n");
        assertThat(prompt.contains("divided by")).isEqualTo(level == 5);
        if (g.problem().missionaryKind()) {
          assertThat(prompt).contains(g.problem().missionaries() + " missionaries").contains("outnumber");
        } else {
          for (List<String> pair : g.problem().conflicts()) {
            assertThat(prompt).contains("the " + pair.get(0) + " and the " + pair.get(1));
          }
          for (String item : g.problem().items()) {
            assertThat(prompt).contains(item);
          }
        }
        assertThat(prompt.strip()).endsWith("tags.");
      }
    }
    assertThat(prompts).hasSize(15);
  }
}
