package io.schemadiff.inspect;

/**
 * The catalog could not be read or understood; the message names dialect and stage. An
 * {@link #unsupported} one was read but holds something schemadiff refuses to compare wrongly.
 */
public final class InspectException extends RuntimeException {
  private final boolean unsupported;

  public InspectException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private InspectException(String message, Throwable cause, boolean unsupported) {
    super(message, cause);
    this.unsupported = unsupported;
  }

  /** The source holds what cannot be compared correctly: bad input, not a failed read. */
  public static InspectException unsupported(String message) {
    return new InspectException(message, null, true);
  }

  public boolean isUnsupported() {
    return unsupported;
  }
}
