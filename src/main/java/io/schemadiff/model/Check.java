package io.schemadiff.model;

import java.util.List;
import java.util.Map;

/** A check constraint; {@code expression} is the server's deparsed text, {@code columns} what it reads. */
public record Check(String name, String expression, List<String> columns, Map<String, String> attributes) {
  public Check {
    columns = List.copyOf(columns);
    attributes = Attributes.of(attributes);
  }

  /** The functions, types and collations its expression calls (from the server's dependency catalog). */
  public List<ObjectRef> requires() {
    return Attributes.requires(attributes);
  }

  public Check withRequires(java.util.Collection<ObjectRef> refs) {
    return new Check(name, expression, columns, Attributes.withRequires(attributes, refs));
  }
}
