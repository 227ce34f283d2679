package io.taskforge.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskforge.api.TaskForge;
import io.taskforge.core.Instance;
import io.taskforge.core.ParamException;
import io.taskforge.logic.knightsknaves.KnightsKnavesProblem;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class TaskSourceTest {
  private static final Set<String> SEEN = new ConcurrentSkipListSet<>();

  /** What a user writes: their own code, property-tested on generated puzzles. */
  @ParameterizedTest
  @TaskSource(task = "logic.knights-knaves", levels = {1, 5}, count = 40)
  void theGoldAnswerNamesEveryIslanderOnceAndScoresOne(Instance instance) {
    SEEN.add(instance.id());
    KnightsKnavesProblem problem = (KnightsKnavesProblem) instance.problem();
    assertThat(instance.answer().split(", ")).hasSize(problem.people().size());
    assertThat(TaskForge.verify(instance, instance.answer()).correct()).isTrue();
  }

  @AfterAll
  static void everyInstanceWasSuppliedOnce() {
    assertThat(SEEN).hasSize(80);
    assertThat(SEEN).anyMatch(id -> id.endsWith("/s0/i39"));
  }

  @ParameterizedTest
  @TaskSource(task = "arithmetic.expression", levels = 3, count = 5, seed = 91, params = {"digits=1"}, template = "mix")
  void paramsSeedAndTemplateAreThoseOfTheAnnotation(Instance instance) {
    assertThat(instance.level()).isEqualTo(3);
    assertThat(instance.seed()).isEqualTo(91);
    assertThat(instance.params()).containsEntry("digits", 1);
  }

  @Test
  void theStreamIsTheSameAsTheJavaApis() {
    TaskSource source = annotation("theGoldAnswerNamesEveryIslanderOnceAndScoresOne");
    List<Instance> viaSource = TaskSourceProvider.instances(source).toList();
    List<Instance> viaApi = TaskForge.task("logic.knights-knaves").level(1).stream(0, 40).toList();
    assertThat(viaSource.subList(0, 40)).isEqualTo(viaApi);
    assertThat(viaSource.get(40).level()).isEqualTo(5);
  }

  @Test
  void aBadTaskOrParamFailsBeforeAnyInstanceIsMade() {
    assertThatThrownBy(() -> TaskSourceProvider.instances(annotation("unknownTask")))
        .isInstanceOf(ParamException.class).hasMessageContaining("unknown task 'logic.knights'");
    assertThatThrownBy(() -> TaskSourceProvider.instances(annotation("badParam")))
        .isInstanceOf(ParamException.class).hasMessageContaining("people");
  }

  @TaskSource(task = "logic.knights")
  void unknownTask() {}

  @TaskSource(task = "logic.knights-knaves", params = "people=99")
  void badParam() {}

  private static TaskSource annotation(String method) {
    try {
      return TaskSourceTest.class.getDeclaredMethod(method, method.startsWith("the") ? new Class<?>[] {Instance.class}
          : new Class<?>[0]).getAnnotation(TaskSource.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
