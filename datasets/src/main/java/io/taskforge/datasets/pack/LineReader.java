package io.taskforge.datasets.pack;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Lines of a byte stream, without their newline, counted from 1. Not thread-safe. */
final class LineReader implements AutoCloseable {
  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private long lineNumber;
  private byte[] line = new byte[4096];
  private int lineLength;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** Reads the next line into {@link #bytes()}/{@link #length()}; false at the end of the stream. */
  boolean next() throws IOException {
    lineLength = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (any) {
            lineNumber++;
          }
          return any;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n') {
        pos++;
      }
      append(start, pos - start);
      if (pos < end) {
        pos++;
        lineNumber++;
        return true;
      }
    }
  }

  private void append(int from, int n) {
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
    }
    System.arraycopy(buf, from, line, lineLength, n);
    lineLength += n;
  }

  /** The current line's bytes, valid until the next call to {@link #next}; see {@link #length}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return lineLength;
  }

  /** The number of the current line (1 for the first). */
  long lineNumber() {
    return lineNumber;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
