package io.schemadiff.model;

import java.util.Map;

/**
 * A table column. {@code type} is the dialect's canonical spelling; {@code defaultValue} and
 * {@code generated} are expression text as the server deparses them.
 */
public record Column(
    String name,
    String type,
    boolean notNull,
    String defaultValue,
    Identity identity,
    String generated,
    String collation,
    String comment,
    Map<String, String> attributes) {
  public Column {
    identity = identity == null ? Identity.NONE : identity;
    attributes = Attributes.of(attributes);
  }

  /** Attribute: the other columns a generated column's expression reads. */
  public static final String GENERATED_READS = "generated.reads";
  /** Attribute: the user-defined type the column is of (schema, separator, name), where it matters. */
  public static final String TYPE_REF = "type.ref";
  /** Attribute: what the column's default or type needs to exist first (sequences, functions). */
  public static final String REQUIRES = Attributes.REQUIRES;
  /** Separates names in list-valued attributes; cannot occur in a real identifier. */
  public static final String LIST_SEPARATOR = "\u001f";
  /** Present on a column a partition or child table has from its parent (the parent's to change). */
  public static final String INHERITED = "inherited";

  /** Columns this generated column reads (empty for plain columns). */
  public java.util.List<String> generatedReads() {
    String v = attributes.get(GENERATED_READS);
    return v == null ? java.util.List.of() : java.util.List.of(v.split(LIST_SEPARATOR));
  }

  /** What the column's default or type needs to exist first. */
  public java.util.List<ObjectRef> requires() {
    return Attributes.requires(attributes);
  }

  public Column withAttributes(Map<String, String> newAttributes) {
    return new Column(name, type, notNull, defaultValue, identity, generated, collation, comment, newAttributes);
  }

    /** The same column noting what it requires. */
  public Column withRequires(java.util.Collection<ObjectRef> refs) {
    return new Column(name, type, notNull, defaultValue, identity, generated, collation, comment,
        Attributes.withRequires(attributes, refs));
  }

  /** The user-defined type this column is of, or null for built-in types. */
  public QName typeRef() {
    String v = attributes.get(TYPE_REF);
    if (v == null) {
      return null;
    }
    String[] parts = v.split(LIST_SEPARATOR, 2);
    return new QName(parts[0], parts[1]);
  }

  public enum Identity {
    NONE,
    ALWAYS,
    BY_DEFAULT
  }
}
