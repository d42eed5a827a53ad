package io.schemadiff.model;

import java.util.List;
import java.util.Map;

/** A unique constraint. Extras such as NULLS NOT DISTINCT or DEFERRABLE go in attributes. */
public record Unique(String name, List<String> columns, Map<String, String> attributes) {
  public Unique {
    columns = List.copyOf(columns);
    attributes = Attributes.of(attributes);
  }
}
