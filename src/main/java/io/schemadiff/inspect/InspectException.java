package io.schemadiff.inspect;

/** The catalog could not be read or understood; the message names dialect and stage. */
public final class InspectException extends RuntimeException {
  public InspectException(String message, Throwable cause) {
    super(message, cause);
  }
}
