package io.taskforge.planning.slidingtile;

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

class SlidingTileTemplatesTest {
  private final SlidingTileTask task = new SlidingTileTask();
  private final TemplateRenderer renderer = new TemplateRenderer();

  @Test
  void everyTemplateRendersTheBoardTheConventionAndTheAnswerInstruction() {
    assertThat(renderer.names(task.id())).containsExactly("default", "narrative", "structured");
    Set<String> prompts = new HashSet<>();
    for (int level : new int[] {1, 6, 9}) {
      for (String convention : List.of("blank", "tile")) {
        Params params = task.resolve(level, Map.of("convention", convention));
        Generated<SlidingTileProblem> g = task.generate(params, new Rng(level));
        for (String name : renderer.names(task.id())) {
          String prompt = renderer.render(task, name, params, g);
          prompts.add(prompt);
          assertThat(prompt).as(name)
              .contains("<answer></answer>")
              .contains(task.answerFormat())
              .contains((String) g.view().get("convention_text"))
              .doesNotContain("${")
              .doesNotContainPattern("[ \\t]+\\n");
          List<?> rows = (List<?>) g.view().get(name.equals("narrative") ? "board_lines" : "board_rows");
          for (Object row : rows) {
            assertThat(prompt).contains(row + "\n");
          }
          assertThat(prompt.strip()).endsWith("tags.");
        }
      }
    }
    assertThat(prompts).hasSize(18);
  }
}
