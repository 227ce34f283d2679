package io.taskforge.planning.waterjugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.templates.TemplateRenderer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaterJugsTemplatesTest {
  private final WaterJugsTask task = new WaterJugsTask();
  private final TemplateRenderer renderer = new TemplateRenderer();

  @Test
  void everyTemplateStatesTheJugsTheGoalTheActionsAndTheAnswerFormat() {
    assertThat(renderer.names(task.id())).containsExactly("default", "narrative", "structured");
    Set<String> prompts = new HashSet<>();
    for (int level : new int[] {1, 5, 10}) {
      for (boolean tap : new boolean[] {true, false}) {
        Params params = task.resolve(level, Map.of("tap", String.valueOf(tap), "jugs", "3", "optimality",
            String.valueOf(!tap)));
        Generated<WaterJugsProblem> g = task.generate(params, new Rng(level));
        for (String name : renderer.names(task.id())) {
          String prompt = renderer.render(task, name, params, g);
          prompts.add(prompt);
          assertThat(prompt).as(name).contains("<answer></answer>").contains(task.answerFormat()).contains("impossible")
              .doesNotContain("${").doesNotContainPattern("[ \\t]+\\n");
          assertThat(prompt.contains("no tap")).isEqualTo(!tap);
          assertThat(prompt.contains("divided by")).isEqualTo(!tap);
          for (int i = 0; i < g.problem().jugs().size(); i++) {
            assertThat(prompt).contains(g.problem().capacities().get(i) + " litres");
          }
          for (Object line : (java.util.List<?>) g.view().get("goal_lines")) {
            assertThat(prompt).contains((String) line);
          }
          assertThat(prompt.strip()).endsWith("tags.");
        }
      }
    }
    assertThat(prompts).hasSize(18);
  }
}
