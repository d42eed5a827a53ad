package io.schemadiff.model;

import java.util.List;

/**
 * One inspected state: the namespaces (PostgreSQL schemas, MySQL databases) that were asked for and
 * everything in them. A namespace named {@code ""} is the connection's own database, whose objects
 * are written without qualification (MySQL).
 */
public record Schema(String dialect, String serverVersion, List<String> namespaces, List<Table> tables,
    List<View> views) {
  public Schema {
    namespaces = List.copyOf(namespaces);
    tables = List.copyOf(tables);
    views = List.copyOf(views);
  }

  public Schema(String dialect, String serverVersion, List<String> namespaces, List<Table> tables) {
    this(dialect, serverVersion, namespaces, tables, List.of());
  }

  public static Schema empty(String dialect, List<String> namespaces) {
    return new Schema(dialect, "", namespaces, List.of(), List.of());
  }
}
