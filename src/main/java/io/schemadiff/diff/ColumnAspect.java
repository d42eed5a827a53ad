package io.schemadiff.diff;

/** What can differ about a column that stays; an {@code AlterColumn} carries a set of these. */
public enum ColumnAspect {
  TYPE,
  COLLATION,
  NOT_NULL,
  DEFAULT,
  IDENTITY,
  GENERATED,
  COMMENT,
  /** Dialect extras: MySQL charset, ON UPDATE, invisibility… restated with the definition. */
  EXTRAS,
  /** Its place among the table's columns, where the dialect keeps column order. */
  POSITION
}
