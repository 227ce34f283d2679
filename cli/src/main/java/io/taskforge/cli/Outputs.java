package io.taskforge.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written beside its destination and moved into place only when complete, so a
 * failed or interrupted run leaves nothing half-written; or standard output.
 */
final class Outputs implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private boolean committed;

  private Outputs(Path target, Path temp, OutputStream stream) {
    this.target = target;
    this.temp = temp;
    this.stream = stream;
  }

  static Outputs open(Path target) throws IOException {
    if (target == null || target.toString().equals("-")) {
      return new Outputs(null, null, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16) {
        @Override
        public void close() throws IOException {
          flush();
        }
      });
    }
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new Main.BadInputException("cannot write " + target + ": its directory does not exist");
    }
    if (Files.isDirectory(abs)) {
      throw new Main.BadInputException("cannot write " + target + ": it is a directory");
    }
    Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".partial");
    // createTempFile makes the file private (0600); the result is an ordinary output file.
    if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // best effort on an interrupted run
      }
    }));
    return new Outputs(abs, temp, new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
  }

  OutputStream stream() {
    return stream;
  }

  /** Marks the output complete: it is moved into place on close. */
  void commit() {
    committed = true;
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      if (temp != null) {
        if (committed) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
          Files.deleteIfExists(temp);
        }
      }
    }
  }
}
