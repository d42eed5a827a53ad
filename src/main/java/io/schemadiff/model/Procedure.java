package io.schemadiff.model;

import java.util.Map;

/** A procedure (returns nothing, called with CALL); see {@link Routine}. */
public record Procedure(String name, String identityArguments, String arguments, boolean atomic,
    String definition, Map<String, String> attributes) implements Routine {
  public Procedure {
    attributes = Attributes.of(attributes);
  }

  @Override
  public Procedure withoutDefiner() {
    return new Procedure(name, identityArguments, arguments, atomic, definition,
        Attributes.without(attributes, Attributes.DEFINER));
  }

  @Override
  public String returns() {
    return null;
  }
}
