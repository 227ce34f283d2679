package io.taskforge.api;

import io.taskforge.core.Instance;
import io.taskforge.core.Tasks;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.List;

/**
 * The entry point for using taskforge from Java.
 *
 * <pre>{@code
 * List<Instance> puzzles = TaskForge.task("logic.knights-knaves").level(5).seed(91)
 *     .stream().limit(100).toList();
 * Instance third = TaskForge.task("logic.knights-knaves").level(5).seed(91).get(2);
 * Verdict v = TaskForge.verify(third, modelResponse);
 * }</pre>
 *
 * Instances are the same bytes as the CLI's {@code generate} with the same task, level, params,
 * seed and template.
 */
public final class TaskForge {
  private TaskForge() {}

  /** The ids of every task on the class path, sorted. */
  public static List<String> tasks() {
    return Tasks.ids();
  }

  /** A generator for a task (level 5, seed 0, default template until changed). */
  public static TaskSpec task(String id) {
    return TaskSpec.of(Tasks.get(id));
  }

  /** Scores a response to an instance (freshly generated or read back from JSON). Never throws. */
  public static Verdict verify(Instance instance, String response) {
    return Verifiers.verify(instance.task(), instance.problem(), response);
  }
}
