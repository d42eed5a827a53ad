package io.schemadiff.model;

import java.util.List;
import java.util.Map;

/**
 * A primary key; attributes hold dialect extras ({@code deferrable}: immediate or deferred; its
 * comment and its index's comment).
 */
public record PrimaryKey(String name, List<String> columns, Map<String, String> attributes) {
  public PrimaryKey {
    columns = List.copyOf(columns);
    // Snapshots written before keys had attributes have none.
    attributes = Attributes.of(attributes);
  }

  public PrimaryKey(String name, List<String> columns) {
    this(name, columns, Map.of());
  }
}
