package io.taskforge.planning.sokoban;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.templates.TemplateRenderer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SokobanTemplatesTest {
  private final SokobanTask task = new SokobanTask();
  private final TemplateRenderer renderer = new TemplateRenderer();

  @Test
  void everyTemplateRendersTheLevelAndTheAnswerInstruction() {
    assertThat(renderer.names(task.id())).containsExactly("default", "narrative", "structured");
    Set<String> prompts = new HashSet<>();
    for (int level : new int[] {1, 4, 7}) {
      Params params = task.level(level);
      Generated<SokobanProblem> g = task.generate(params, new Rng(level));
      for (String name : renderer.names(task.id())) {
        String prompt = renderer.render(task, name, params, g);
        prompts.add(prompt);
        assertThat(prompt).as(name)
            .contains("<answer></answer>")
            .contains(task.answerFormat())
            .doesNotContain("${")
            .doesNotContainPattern("[ \\t]+\\n");
        for (String row : g.problem().board()) {
          assertThat(prompt).contains(row + "\n");
        }
        if (!name.equals("default")) {
          assertThat(prompt).contains((String) g.view().get("player_at"));
        }
        assertThat(prompt.strip()).endsWith("tags.");
      }
    }
    assertThat(prompts).hasSize(9);
  }
}
