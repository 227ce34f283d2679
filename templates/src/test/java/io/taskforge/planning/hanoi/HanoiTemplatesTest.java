package io.taskforge.planning.hanoi;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.templates.TemplateRenderer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HanoiTemplatesTest {
  private final HanoiTask task = new HanoiTask();
  private final TemplateRenderer renderer = new TemplateRenderer();

  @Test
  void everyTemplateStatesBothConfigurationsTheRulesAndTheAnswerFormat() {
    assertThat(renderer.names(task.id())).containsExactly("default", "narrative", "structured");
    Set<String> prompts = new HashSet<>();
    for (int level : new int[] {1, 4, 5, 10}) {
      for (boolean optimality : new boolean[] {false, true}) {
        Params params = task.resolve(level, Map.of("optimality", String.valueOf(optimality)));
        Generated<HanoiProblem> g = task.generate(params, new Rng(level));
        for (String name : renderer.names(task.id())) {
          String prompt = renderer.render(task, name, params, g);
          prompts.add(prompt);
          assertThat(prompt).as(name).contains("<answer></answer>").contains(task.answerFormat())
              .doesNotContain("${").doesNotContainPattern("[ \\t]+\\n").contains("smaller");
          assertThat(prompt.contains("divided by")).isEqualTo(optimality);
          assertThat(prompt.strip()).endsWith("tags.");
          if (name.equals("default")) {
            assertThat(prompt).contains((String) g.view().get("initial_text")).contains((String) g.view().get("goal_text"));
          }
        }
      }
    }
    assertThat(prompts).hasSize(24);
  }
}
