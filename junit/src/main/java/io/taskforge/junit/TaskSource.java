package io.taskforge.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Supplies taskforge instances to a {@code @ParameterizedTest}, one invocation per instance: the
 * first {@link #count} instances of the task at each of the {@link #levels}, with the given seed,
 * params and template, exactly as {@code taskforge generate} makes them. Each invocation is named by
 * the instance id.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @TaskSource(task = "logic.zebra", levels = {1, 5}, count = 200)
 * void myRewardFunctionAcceptsTheGold(Instance instance) {
 *   assertEquals(1.0, myReward(instance.prompt(), instance.answer()));
 * }
 * }</pre>
 *
 * <p>Instances are made lazily as the invocations run. Outside JUnit, the same instances come from
 * {@code TaskForge.task(id).level(l).seed(s).stream(0, count)}, or {@link TaskSourceProvider#instances}.
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(TaskSourceProvider.class)
public @interface TaskSource {
  /** The task id, e.g. {@code logic.zebra}. */
  String task();

  /** Levels 1..10, in the order their instances are supplied. */
  int[] levels() default {5};

  /** Instances per level (indices 0 to count - 1). */
  int count() default 100;

  /** The dataset seed. */
  long seed() default 0;

  /** Params overriding each level's, as {@code name=value}. */
  String[] params() default {};

  /** A template name, {@code default}, or {@code mix} for one chosen per instance. */
  String template() default "default";
}
