package io.schemadiff.model;

/**
 * One key of an index: a column or an expression, with its order. {@code nullsFirst} is null when
 * the dialect's default for the direction applies; {@code opclass} and {@code collation} are null
 * for the defaults; {@code prefixLength} is MySQL's {@code col(10)}.
 */
public record IndexKey(
    String column,
    String expression,
    String opclass,
    String collation,
    boolean descending,
    Boolean nullsFirst,
    Integer prefixLength) {

  public static IndexKey of(String column) {
    return new IndexKey(column, null, null, null, false, null, null);
  }
}
