package io.schemadiff.model;

import java.util.List;
import java.util.Map;

public record Table(
    QName name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<Unique> uniques,
    List<ForeignKey> foreignKeys,
    List<Check> checks,
    List<Index> indexes,
    String comment,
    Map<String, String> attributes) {
  public Table {
    columns = List.copyOf(columns);
    uniques = List.copyOf(uniques);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
    indexes = List.copyOf(indexes);
    attributes = Attributes.of(attributes);
  }

  public Column column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return c;
      }
    }
    return null;
  }
}
