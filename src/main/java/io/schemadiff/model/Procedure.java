package io.schemadiff.model;

/** A procedure (returns nothing, called with CALL); see {@link Routine}. */
public record Procedure(String name, String identityArguments, String arguments, boolean atomic,
    String definition) implements Routine {
  @Override
  public String returns() {
    return null;
  }
}
