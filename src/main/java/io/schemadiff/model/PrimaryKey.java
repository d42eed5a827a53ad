package io.schemadiff.model;

import java.util.List;
import java.util.Map;

/** A primary key; {@code attributes} hold what a dialect adds ({@code deferrable}: immediate or deferred). */
public record PrimaryKey(String name, List<String> columns, Map<String, String> attributes) {
  public PrimaryKey {
    columns = List.copyOf(columns);
    attributes = Attributes.of(attributes);
  }

  public PrimaryKey(String name, List<String> columns) {
    this(name, columns, Map.of());
  }
}
