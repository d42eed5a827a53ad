package io.schemadiff.model;

/** A column of a table, named from outside it (e.g. a column a view reads). */
public record ColumnRef(QName table, String column) implements Comparable<ColumnRef> {
  @Override
  public int compareTo(ColumnRef other) {
    int c = table.compareTo(other.table);
    return c != 0 ? c : column.compareTo(other.column);
  }
}
