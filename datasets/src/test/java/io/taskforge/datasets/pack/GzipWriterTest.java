package io.taskforge.datasets.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class GzipWriterTest {
  static final ExecutorService POOL = Executors.newFixedThreadPool(3);

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  static byte[] data(int n) {
    byte[] b = new byte[n];
    long x = 42;
    for (int i = 0; i < n; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      // Text-like: a small alphabet with repeats, so matches cross block borders.
      b[i] = (byte) ("abcdefgh {}\":,\n0123".charAt((int) ((x >>> 40) % 19)));
    }
    return b;
  }

  static byte[] gzip(byte[] data, ExecutorService pool, int writeSize) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GzipWriter w = new GzipWriter(out, pool, 4)) {
      for (int i = 0; i < data.length; i += writeSize) {
        w.write(data, i, Math.min(writeSize, data.length - i));
      }
    }
    return out.toByteArray();
  }

  static byte[] gunzip(byte[] gz) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  @Test
  void anyLengthRoundTripsAndIsTheSameForAnyThreadsAndWriteSizes() throws IOException {
    int block = GzipWriter.BLOCK;
    for (int n : new int[] {0, 1, 1000, block - 1, block, block + 1, 3 * block + 17}) {
      byte[] d = data(n);
      byte[] inline = gzip(d, null, 7919);
      assertThat(gunzip(inline)).as("length %d", n).isEqualTo(d);
      assertThat(gzip(d, POOL, 100_003)).as("length %d in parallel", n).isEqualTo(inline);
      assertThat(gzip(d, POOL, 1)).as("length %d byte by byte", n).isEqualTo(inline);
    }
  }

  @Test
  void theHeaderHasNoTimeOrOrigin() throws IOException {
    byte[] gz = gzip(data(10), null, 10);
    assertThat(java.util.Arrays.copyOf(gz, 10)).containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff);
  }
}
