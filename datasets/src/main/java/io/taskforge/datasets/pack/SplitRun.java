package io.taskforge.datasets.pack;

import io.taskforge.core.Instance;
import io.taskforge.core.Task;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Makes the records of one split in order, the same way for {@code pack build} and {@code pack check}.
 *
 * <p>Record {@code r} of a split is drawn from the (task, level) the split's seeded plan gives it,
 * at index {@code r}. Chunks of records are made ahead on worker threads; the calling thread takes
 * them in order and asks a {@link Judge} about each one. A record that must be skipped (a duplicate)
 * is replaced by the next spare index of the split, {@code 2^40, 2^40 + 1, ...}, made on the
 * calling thread from the same task and level. So the output depends on nothing but the spec, and
 * the first n records of a split are the same whatever its count.
 */
final class SplitRun {
  static final int CHUNK = 256;
  /** Candidates in a row that may be skipped for one record before the spec is declared impossible. */
  static final int MAX_SKIPS_IN_A_ROW = 10_000;
  /** The first spare index; far above any count, so spares never meet planned indices. */
  static final long SPARE_BASE = 1L << 40;

  /** One made record, with what the judge and the tallies need. */
  record Candidate(int entry, int level, long index, long fingerprint, byte[] line, long[] metrics) {}

  /** Decides, in record order, whether a candidate is skipped. */
  interface Judge {
    boolean skip(Candidate c) throws IOException;
  }

  /** Receives the kept records, in order. */
  interface Sink {
    void accept(Candidate c) throws IOException;
  }

  private final ResolvedPack pack;
  private final ResolvedPack.Split split;

  SplitRun(ResolvedPack pack, ResolvedPack.Split split) {
    this.pack = pack;
    this.split = split;
  }

  void run(ExecutorService pool, int threads, Judge judge, Sink sink, LongConsumer progress) throws IOException {
    ResolvedPack.Plan plan = pack.plan(split);
    long count = split.count();
    long submitted = 0;
    long done = 0;
    long spare = SPARE_BASE;
    ArrayDeque<Future<Candidate[]>> inFlight = new ArrayDeque<>();
    try {
      while (done < count) {
        while (submitted < count && inFlight.size() < threads * 4) {
          int n = (int) Math.min(CHUNK, count - submitted);
          int[] choices = new int[n];
          for (int i = 0; i < n; i++) {
            choices[i] = plan.next();
          }
          long from = submitted;
          inFlight.add(pool.submit(() -> make(choices, from)));
          submitted += n;
        }
        for (Candidate c : await(inFlight.poll())) {
          Candidate cur = c;
          int skips = 0;
          while (judge.skip(cur)) {
            if (++skips > MAX_SKIPS_IN_A_ROW) {
              throw impossible(cur);
            }
            cur = make(cur.entry(), cur.level(), spare++);
          }
          sink.accept(cur);
          done++;
        }
        progress.accept(done);
      }
    } finally {
      for (Future<Candidate[]> f : inFlight) {
        f.cancel(true);
      }
    }
  }

  private PackException impossible(Candidate c) {
    ResolvedPack.Entry e = pack.entries().get(c.entry());
    return new PackException("split '" + split.name() + "' cannot be filled: " + MAX_SKIPS_IN_A_ROW
        + " candidates in a row of " + e.task().id() + " at level " + c.level()
        + " were duplicates, so the task has too few distinct instances there; lower the count or use other levels");
  }

  private Candidate[] make(int[] choices, long from) {
    Candidate[] out = new Candidate[choices.length];
    for (int i = 0; i < choices.length; i++) {
      out[i] = make(choices[i] >>> 4, choices[i] & 15, from + i);
    }
    return out;
  }

  Candidate make(int entry, int level, long index) {
    Instance inst = pack.factory(split.ordinal(), entry, level).make(index);
    byte[] line = PackRecord.encode(inst, split.name(), pack.canary());
    Task<?> task = pack.entries().get(entry).task();
    List<String> names = task.difficultyMetrics();
    long[] metrics = new long[names.size()];
    for (int i = 0; i < metrics.length; i++) {
      metrics[i] = inst.metric(names.get(i), Long.MIN_VALUE);
    }
    return new Candidate(entry, level, index, PackRecord.fingerprintBits(inst.fingerprint()), line, metrics);
  }

  private static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IOException(c);
    }
  }
}
