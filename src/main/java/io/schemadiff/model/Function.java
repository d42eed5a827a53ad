package io.schemadiff.model;

import java.util.Map;

/** A function (plain or window); see {@link Routine}. */
public record Function(String name, String identityArguments, String arguments, String returns, boolean atomic,
    String definition, Map<String, String> attributes) implements Routine {
  public Function {
    attributes = Attributes.of(attributes);
  }

  @Override
  public Function withoutDefiner() {
    return new Function(name, identityArguments, arguments, returns, atomic, definition,
        Attributes.without(attributes, Attributes.DEFINER));
  }
}
