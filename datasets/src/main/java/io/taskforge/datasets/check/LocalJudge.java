package io.taskforge.datasets.check;

import io.taskforge.core.Instance;
import io.taskforge.core.Json;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.Verifiers;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Judges with the verifiers on the class path, or with replacements given for some tasks (a copy of
 * a verifier under development, a deliberately broken one in a test).
 *
 * <p>Each verdict is computed on a worker thread and awaited for at most the time bound, so a
 * verifier that loops forever is reported instead of hanging the check; the stuck daemon thread is
 * abandoned.
 */
public final class LocalJudge implements Judge {
  private final Map<String, Verifier<?>> replacements;
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "taskforge-check-verdict");
    t.setDaemon(true);
    return t;
  });

  private LocalJudge(Map<String, Verifier<?>> replacements) {
    this.replacements = replacements;
  }

  /** Judges with the registered verifiers. */
  public static LocalJudge registered() {
    return new LocalJudge(Map.of());
  }

  /** Judges with the registered verifiers, except these, which replace those of their task ids. */
  public static LocalJudge replacing(Verifier<?>... verifiers) {
    Map<String, Verifier<?>> map = new TreeMap<>();
    for (Verifier<?> v : verifiers) {
      map.put(v.taskId(), v);
    }
    return new LocalJudge(Map.copyOf(map));
  }

  @Override
  public String describe() {
    return replacements.isEmpty()
        ? "taskforge's verifiers"
        : "taskforge's verifiers, with " + String.join(", ", replacements.values().stream()
            .map(v -> v.getClass().getSimpleName() + " for " + v.taskId()).toList());
  }

  @Override
  public Judgement judge(Instance instance, String response, Duration limit) {
    long start = System.nanoTime();
    Future<Verdict> f = workers.submit(() -> verdict(instance, response));
    try {
      Verdict v = f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
      return Judgement.of(v, System.nanoTime() - start);
    } catch (TimeoutException e) {
      f.cancel(true);
      return Judgement.failed("no verdict within " + Durations.show(limit), System.nanoTime() - start);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      return Judgement.failed("the verifier threw " + c, System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Judgement.failed("interrupted", System.nanoTime() - start);
    }
  }

  private Verdict verdict(Instance instance, String response) {
    Verifier<?> replacement = replacements.get(instance.task());
    if (replacement == null) {
      return Verifiers.verify(instance.task(), instance.problem(), response);
    }
    return direct(replacement, instance.problem(), response);
  }

  /** A replacement is called directly, so that its exceptions show (Verifiers.verify would hide them). */
  private static <P> Verdict direct(Verifier<P> v, Object problem, String response) {
    P typed = v.problemType().isInstance(problem)
        ? v.problemType().cast(problem)
        : Json.MAPPER.convertValue(problem, v.problemType());
    if (typed == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the instance has no problem to verify against");
    }
    return v.verify(typed, response);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
