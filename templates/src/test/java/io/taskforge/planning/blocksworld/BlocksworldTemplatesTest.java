package io.taskforge.planning.blocksworld;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.templates.TemplateRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlocksworldTemplatesTest {
  private final BlocksworldTask task = new BlocksworldTask();
  private final TemplateRenderer renderer = new TemplateRenderer();

  @Test
  void everyTemplateRendersBothConfigurationsAndTheAnswerInstruction() {
    assertThat(renderer.names(task.id())).containsExactly("default", "narrative", "structured");
    Set<String> prompts = new HashSet<>();
    for (int level : new int[] {1, 5, 10}) {
      Params params = task.level(level);
      Generated<BlocksworldProblem> g = task.generate(params, new Rng(level));
      for (String name : renderer.names(task.id())) {
        String prompt = renderer.render(task, name, params, g);
        prompts.add(prompt);
        assertThat(prompt).as(name)
            .contains("<answer></answer>")
            .contains(task.answerFormat())
            .doesNotContain("${")
            .doesNotContainPattern("[ \\t]+\\n");
        if (!name.equals("structured")) {
          assertThat(prompt).contains((String) g.view().get("initial_text"))
              .contains((String) g.view().get("goal_text"));
        } else {
          for (Object tower : (List<?>) g.view().get("initial_towers")) {
            assertThat(prompt).contains(": " + tower + "\n");
          }
        }
        assertThat(prompt.strip()).endsWith("tags.");
      }
    }
    assertThat(prompts).hasSize(9);
  }
}
