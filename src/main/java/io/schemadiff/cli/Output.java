package io.schemadiff.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the product to stdout or a file; a file is replaced only once the whole text is ready. */
final class Output {
  private Output() {}

  /** Writes as it goes: to stdout, or to a temporary file moved into place when complete. */
  interface Body {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  static void write(String file, String text, PrintStream stdout) {
    stream(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), stdout);
  }

  /**
   * The file {@code -o} names, checked before any work: its folder exists and it is not a folder.
   * Null for stdout.
   */
  static Path checkTarget(String file) {
    if (file == null || file.equals("-")) {
      return null;
    }
    Path target = Path.of(file).toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("-o: no such folder: " + dir);
    }
    if (Files.isDirectory(target)) {
      throw new UsageException("-o: " + file + " is a folder");
    }
    return target;
  }

  static void stream(String file, Body body, PrintStream stdout) {
    if (file == null || file.equals("-")) {
      try {
        body.writeTo(stdout);
      } catch (IOException e) {
        throw new UsageException("cannot write to stdout: " + e.getMessage());
      }
      stdout.flush();
      return;
    }
    Path target = checkTarget(file);
    Path dir = target.getParent();
    try {
      // Created as any new file is (the umask decides its mode), not with createTempFile's 0600.
      Path temp = dir.resolve(".schemadiff-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
      try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp,
          java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE))) {
        body.writeTo(out);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UsageException("-o: cannot write " + file + ": " + e.getMessage());
    }
  }
}
