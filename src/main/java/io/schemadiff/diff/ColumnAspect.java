package io.schemadiff.diff;

/** What can differ about a column that stays; an {@code AlterColumn} carries a set of these. */
public enum ColumnAspect {
  TYPE,
  COLLATION,
  NOT_NULL,
  DEFAULT,
  IDENTITY,
  GENERATED,
  COMMENT
}
