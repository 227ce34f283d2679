package io.taskforge.datasets.check;

import io.taskforge.core.Instance;
import java.time.Duration;
import java.util.Optional;

/**
 * The verifier under test: taskforge's own ({@link LocalJudge}) or another program speaking the
 * JSON Lines protocol ({@link ExternalJudge}). Never throws: whatever goes wrong is a
 * {@link Judgement#failed failed judgement}. Safe to call from several threads.
 */
public interface Judge extends AutoCloseable {

  /** Scores one response to an instance, giving up after {@code limit}. */
  Judgement judge(Instance instance, String response, Duration limit);

  /** What is being checked, for the report: {@code taskforge's verifiers}, {@code external verifier 'CMD'}. */
  String describe();

  /**
   * Why this judge cannot be used at all (an external command that never answers), which ends the
   * check as bad input rather than as a failure of the verifier; empty while it is usable.
   */
  default Optional<String> unusable() {
    return Optional.empty();
  }

  @Override
  default void close() {}
}
