package io.taskforge.datasets.pack;

import com.google.common.io.BaseEncoding;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Counts and SHA-256-hashes the bytes that pass through to a file. */
final class HashingOutput extends FilterOutputStream {
  private final MessageDigest sha = sha256();
  private long bytes;

  HashingOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    sha.update((byte) b);
    bytes++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    sha.update(b, off, len);
    bytes += len;
  }

  long bytes() {
    return bytes;
  }

  /** The SHA-256 in lowercase hex; call once, after the last write. */
  String sha256Hex() {
    return BaseEncoding.base16().lowerCase().encode(sha.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
