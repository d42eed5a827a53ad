package io.schemadiff.source;

/** A source could not be turned into a model; the message is one line fit for the user. */
public final class SourceException extends RuntimeException {
  public enum Kind {
    /** The argument, file or SQL is wrong: exit 2. */
    BAD_INPUT,
    /** A database could not be reached or read: exit 3. */
    UNREACHABLE,
    /** The migration failed, or left a difference, when tried on a scratch database: exit 5. */
    VERIFY_FAILED
  }

  private final Kind kind;

  public SourceException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public SourceException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
