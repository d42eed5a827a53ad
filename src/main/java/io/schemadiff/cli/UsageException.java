package io.schemadiff.cli;

/** Wrong flags or arguments: exit 2 with a one-line message. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
