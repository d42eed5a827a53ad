package io.schemadiff.model;

import java.util.List;
import java.util.Map;

public record ForeignKey(
    String name,
    List<String> columns,
    QName referencedTable,
    List<String> referencedColumns,
    String onDelete,
    String onUpdate,
    boolean deferrable,
    boolean initiallyDeferred,
    Map<String, String> attributes) {
  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    attributes = Attributes.of(attributes);
  }
}
