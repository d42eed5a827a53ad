package io.schemadiff.plan;

public final class PlanException extends RuntimeException {
  public PlanException(String message) {
    super(message);
  }
}
