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

  /** The partitioned table this is a partition of: schema U+001E name. */
  public static final String PARTITION_OF = "partition-of";
  /** The tables this inherits from, in order: schema U+001E name each, joined by U+001F. */
  public static final String INHERITS = "inherits";

  /**
   * A table partitioned in place (MySQL): its scheme as the server prints it after
   * {@code PARTITION BY} (method, expression, any subpartitioning), and either its partitions'
   * definitions, in order, joined by U+001F, or their number where the server names them.
   */
  public static final String PARTITIONING = "partitioning";
  public static final String PARTITIONS = "partitions";
  public static final String PARTITION_COUNT = "partition-count";
  public static final java.util.Set<String> IN_PLACE_PARTITIONING = java.util.Set.of(PARTITIONING, PARTITIONS, PARTITION_COUNT);

  /** The tables this is a partition or child of: they come first and own its inherited columns. */
  public List<QName> parents() {
    List<QName> out = new java.util.ArrayList<>();
    out.addAll(tables(attributes.get(PARTITION_OF)));
    out.addAll(tables(attributes.get(INHERITS)));
    return out;
  }

  /** The tables of a {@link #PARTITION_OF} or {@link #INHERITS} value; none for null. */
  public static List<QName> tables(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return List.of();
    }
    List<QName> out = new java.util.ArrayList<>();
    for (String one : encoded.split(Column.LIST_SEPARATOR)) {
      String[] parts = one.split("\u001e", 2);
      out.add(new QName(parts[0], parts[1]));
    }
    return out;
  }

  public Table withColumns(List<Column> newColumns) {
    return new Table(name, newColumns, primaryKey, uniques, foreignKeys, checks, indexes, comment, attributes);
  }

  public Table withChecks(List<Check> newChecks) {
    return new Table(name, columns, primaryKey, uniques, foreignKeys, newChecks, indexes, comment, attributes);
  }

  public Table withIndexes(List<Index> newIndexes) {
    return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, newIndexes, comment, attributes);
  }

  public Table withAttributes(Map<String, String> newAttributes) {
    return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, newAttributes);
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
