package io.taskforge.datasets.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip stream whose bytes depend only on the data: a header with no time stamp, name or OS, and
 * the data cut into fixed 256 KiB blocks that are deflated in parallel (as pigz does), each primed
 * with the last 32 KiB of the block before it, and joined into one ordinary gzip member.
 *
 * <p>The same data gives the same file for any thread count. The compressed bytes may differ
 * between zlib implementations (zlib, zlib-ng); the uncompressed content never does.
 */
public final class GzipWriter extends OutputStream {
  static final int BLOCK = 1 << 18;
  private static final int WINDOW = 1 << 15;
  private static final int LEVEL = 5;
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private final OutputStream out;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
  private final CRC32 crc = new CRC32();
  private byte[] block = new byte[BLOCK];
  private int length;
  private byte[] previous;
  private long total;
  private boolean closed;

  /**
   * @param out receives the compressed bytes; closed by {@link #close}
   * @param pool compresses blocks; null to compress on the calling thread
   */
  public GzipWriter(OutputStream out, ExecutorService pool, int maxInFlight) throws IOException {
    this.out = out;
    this.pool = pool;
    this.maxInFlight = Math.max(1, maxInFlight);
    out.write(HEADER);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    crc.update(b, off, len);
    total += len;
    while (len > 0) {
      int n = Math.min(len, BLOCK - length);
      System.arraycopy(b, off, block, length, n);
      length += n;
      off += n;
      len -= n;
      if (length == BLOCK) {
        submit(false);
      }
    }
  }

  /** Uncompressed bytes written so far. */
  public long uncompressedBytes() {
    return total;
  }

  private void submit(boolean last) throws IOException {
    byte[] data = block;
    int n = length;
    byte[] dict = previous;
    previous = data;
    block = last ? null : new byte[BLOCK];
    length = 0;
    if (pool == null) {
      out.write(deflate(data, n, dict, last));
      return;
    }
    inFlight.add(pool.submit(() -> deflate(data, n, dict, last)));
    while (inFlight.size() > maxInFlight) {
      out.write(await(inFlight.poll()));
    }
  }

  private static byte[] deflate(byte[] data, int n, byte[] dict, boolean last) {
    Deflater d = new Deflater(LEVEL, true);
    try {
      if (dict != null) {
        d.setDictionary(dict, dict.length - WINDOW, WINDOW);
      }
      d.setInput(data, 0, n);
      ByteArrayOutputStream o = new ByteArrayOutputStream(n / 3 + 64);
      byte[] buf = new byte[1 << 16];
      if (last) {
        d.finish();
        while (!d.finished()) {
          int k = d.deflate(buf);
          o.write(buf, 0, k);
        }
      } else {
        int k;
        do {
          k = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
          o.write(buf, 0, k);
        } while (k == buf.length);
      }
      return o.toByteArray();
    } finally {
      d.end();
    }
  }

  private static byte[] await(Future<byte[]> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("compression interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("compression failed: " + e.getCause(), e.getCause());
    }
  }

  /** Finishes the gzip member (last block and trailer) and closes the underlying stream. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      submit(true);
      while (!inFlight.isEmpty()) {
        out.write(await(inFlight.poll()));
      }
      long c = crc.getValue();
      int size = (int) total;
      out.write(new byte[] {
        (byte) c, (byte) (c >>> 8), (byte) (c >>> 16), (byte) (c >>> 24),
        (byte) size, (byte) (size >>> 8), (byte) (size >>> 16), (byte) (size >>> 24)});
    } finally {
      for (Future<byte[]> f : inFlight) {
        f.cancel(true);
      }
      out.close();
    }
  }
}
