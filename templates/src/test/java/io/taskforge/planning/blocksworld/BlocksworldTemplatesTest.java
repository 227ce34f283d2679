package io.taskforge.planning.blocksworld;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.templates.TemplateRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  @Test
  void threeOperatorPromptsDescribeTheMovesAndNoHand() {
    Params params = task.resolve(4, Map.of("operators", "3"));
    Generated<BlocksworldProblem> g = task.generate(params, new Rng(3));
    for (String name : renderer.names(task.id())) {
      String prompt = renderer.render(task, name, params, g);
      assertThat(prompt).as(name).contains("move-b-to-b X Y Z").contains("move-t-to-b X Z")
          .contains((String) g.view().get("format_text")).doesNotContain("unstack X Y").doesNotContain("The hand is empty")
          .doesNotContainPattern("[ \\t]+\\n");
      assertThat(prompt.strip()).endsWith("tags.");
    }
  }

  @Test
  void obfuscatedPromptsUseOnlyTheDrawnNames() {
    for (int operators : new int[] {3, 4}) {
      Params params = task.resolve(5, Map.of("operators", String.valueOf(operators), "obfuscate", "true",
          "optimality", "true"));
      Generated<BlocksworldProblem> g = task.generate(params, new Rng(operators));
      for (String name : renderer.names(task.id())) {
        String prompt = renderer.render(task, name, params, g);
        String lower = prompt.toLowerCase(Locale.ROOT);
        for (String word : List.of("pick", "stack", "hand", "table", "block", "tower", "move", "put-down", "clear")) {
          assertThat(lower).as("%s mentions %s", name, word).doesNotContain(word);
        }
        for (String action : g.problem().actions()) {
          assertThat(prompt).contains(action);
        }
        for (String predicate : g.problem().predicates()) {
          assertThat(prompt).contains(predicate);
        }
        assertThat(prompt).contains((String) g.view().get("initial_facts"))
            .contains((String) g.view().get("goal_facts"))
            .contains((String) g.view().get("format_text"))
            .contains("divided by")
            .doesNotContainPattern("[ \\t]+\\n");
        assertThat(prompt.strip()).endsWith("tags.");
      }
    }
  }
}
