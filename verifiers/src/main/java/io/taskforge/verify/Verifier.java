package io.taskforge.verify;

/**
 * Scores responses to one task. Discovered with {@link java.util.ServiceLoader} (list it in
 * {@code META-INF/services/io.taskforge.verify.Verifier}) and paired with the task by id.
 *
 * <p>A verifier checks the answer against the problem's rules, never against the gold string, and is
 * total: any response gets a verdict, in time bounded by the response and problem sizes.
 *
 * @param <P> the task's problem record
 */
public interface Verifier<P> {
  String taskId();

  Class<P> problemType();

  /** Judges a whole response (the verifier extracts the answer as its task documents). */
  Verdict verify(P problem, String response);
}
