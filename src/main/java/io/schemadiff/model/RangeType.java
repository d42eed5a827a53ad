package io.schemadiff.model;

/**
 * A range type: its subtype, and where they are not the defaults, the subtype's operator class,
 * collation, canonical and difference functions; the name of its multirange type (PostgreSQL 14+).
 * Nothing of it can be altered: a changed range type is dropped and created again.
 */
public record RangeType(String subtype, String subtypeOpclass, String collation, String canonical,
    String subtypeDiff, String multirangeTypeName) implements Definition {
  @Override
  public Namespace namespace() {
    return Namespace.TYPE;
  }
}
