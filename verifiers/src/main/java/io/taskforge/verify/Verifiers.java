package io.taskforge.verify;

import com.google.common.collect.ImmutableSortedMap;
import io.taskforge.core.Json;
import io.taskforge.core.ParamException;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The verifiers on the class path, and the safe way to call them. */
public final class Verifiers {
  private static volatile ImmutableSortedMap<String, Verifier<?>> all;

  private Verifiers() {}

  public static Map<String, Verifier<?>> all() {
    ImmutableSortedMap<String, Verifier<?>> v = all;
    if (v == null) {
      synchronized (Verifiers.class) {
        if (all == null) {
          Map<String, Verifier<?>> found = new TreeMap<>();
          for (Verifier<?> ver : ServiceLoader.load(Verifier.class)) {
            if (found.put(ver.taskId(), ver) != null) {
              throw new IllegalStateException("two verifiers for " + ver.taskId());
            }
          }
          all = ImmutableSortedMap.copyOf(found);
        }
        v = all;
      }
    }
    return v;
  }

  public static Verifier<?> get(String taskId) {
    Verifier<?> v = all().get(taskId);
    if (v == null) {
      throw new ParamException("no verifier for task '" + taskId + "'");
    }
    return v;
  }

  /**
   * Verifies a response to a problem given as the task's record or as a JSON tree (read from a
   * file). Never throws: a problem that cannot be read gives {@link Status#BAD_PROBLEM}, a verifier
   * bug {@link Status#INTERNAL_ERROR}.
   */
  public static Verdict verify(String taskId, Object problem, String response) {
    Verifier<?> v;
    try {
      v = get(taskId);
    } catch (ParamException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    return verify(v, problem, response == null ? "" : response);
  }

  private static <P> Verdict verify(Verifier<P> v, Object problem, String response) {
    P typed;
    try {
      typed = v.problemType().isInstance(problem)
          ? v.problemType().cast(problem)
          : Json.MAPPER.convertValue(problem, v.problemType());
      if (typed == null) {
        return Verdict.of(Status.BAD_PROBLEM, "the instance has no problem to verify against");
      }
    } catch (RuntimeException e) {
      return Verdict.of(Status.BAD_PROBLEM, "the instance's problem cannot be read as a " + v.taskId() + " problem");
    }
    try {
      return v.verify(typed, response);
    } catch (RuntimeException | StackOverflowError e) {
      return Verdict.of(Status.INTERNAL_ERROR, "verifier failed: " + e);
    }
  }
}
