package io.schemadiff.model;

import java.util.List;

/**
 * One inspected state: the namespaces (PostgreSQL schemas, MySQL databases) that were asked for and
 * everything in them.
 */
public record Schema(String dialect, String serverVersion, List<String> namespaces, List<Table> tables) {
  public Schema {
    namespaces = List.copyOf(namespaces);
    tables = List.copyOf(tables);
  }

  public static Schema empty(String dialect, List<String> namespaces) {
    return new Schema(dialect, "", namespaces, List.of());
  }
}
