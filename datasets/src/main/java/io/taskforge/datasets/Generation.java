package io.taskforge.datasets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Streams instances {@code start .. start+count-1} as JSON Lines, in index order, on any number of
 * threads. Memory is bounded by the chunks in flight, whatever the count; output bytes do not
 * depend on the thread count because every index is made alone.
 */
public final class Generation {
  private static final int CHUNK = 256;

  private Generation() {}

  /**
   * @param progress called on the writing thread with the number of instances written so far
   */
  public static void write(InstanceFactory factory, long start, long count, int threads,
      OutputStream out, LongConsumer progress) throws IOException {
    if (count <= 0) {
      return;
    }
    if (threads <= 1) {
      for (long i = 0; i < count; i++) {
        out.write(Jsonl.line(factory.make(start + i)));
        if ((i + 1) % CHUNK == 0) {
          progress.accept(i + 1);
        }
      }
      progress.accept(count);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "taskforge-generate");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
      int maxInFlight = threads * 4;
      long next = 0;
      long written = 0;
      while (written < count) {
        while (next < count && inFlight.size() < maxInFlight) {
          long from = start + next;
          int n = (int) Math.min(CHUNK, count - next);
          inFlight.add(pool.submit(() -> chunk(factory, from, n)));
          next += n;
        }
        byte[] bytes = await(inFlight.poll());
        out.write(bytes);
        written = Math.min(count, written + CHUNK);
        progress.accept(written);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] chunk(InstanceFactory factory, long from, int n) {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(n * 1024);
    for (int i = 0; i < n; i++) {
      Jsonl.writeLine(factory.make(from + i), buf);
    }
    return buf.toByteArray();
  }

  private static byte[] await(Future<byte[]> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("generation interrupted", e);
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
