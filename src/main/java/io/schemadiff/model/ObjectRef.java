package io.schemadiff.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Names one thing in a schema that another can depend on: a modelled object
 * ({@code kind} is its noun, e.g. {@code sequence}; a function's {@code name} carries its argument
 * types), or a {@code table}, {@code view}, {@code type} or {@code column} ({@code member} is the
 * column, "" otherwise). Objects that belong to a table (triggers, policies) name it in
 * {@code table}.
 */
public record ObjectRef(String kind, String schema, String table, String name, String member)
    implements Comparable<ObjectRef> {
  private static final Comparator<ObjectRef> ORDER = Comparator.comparing(ObjectRef::schema)
      .thenComparing(ObjectRef::table).thenComparing(ObjectRef::name).thenComparing(ObjectRef::kind)
      .thenComparing(ObjectRef::member);

  public ObjectRef {
    Objects.requireNonNull(kind, "kind");
    schema = Objects.requireNonNullElse(schema, "");
    table = Objects.requireNonNullElse(table, "");
    name = Objects.requireNonNullElse(name, "");
    member = Objects.requireNonNullElse(member, "");
  }

  public static ObjectRef of(String kind, String schema, String name) {
    return new ObjectRef(kind, schema, "", name, "");
  }

  public static ObjectRef column(QName table, String column) {
    return new ObjectRef("column", table.schema(), "", table.name(), column);
  }

  /** The schema-qualified name, for messages and ordering. */
  public QName qname() {
    return new QName(schema, table.isEmpty() ? name : table + "." + name);
  }

  private static final String FIELD = "\u001e";

  /** As one attribute value (lists join these with {@link Column#LIST_SEPARATOR}). */
  public String encode() {
    return String.join(FIELD, kind, schema, table, name, member);
  }

  public static ObjectRef decode(String text) {
    String[] f = text.split(FIELD, -1);
    return new ObjectRef(f[0], f[1], f[2], f[3], f[4]);
  }

  @Override
  public int compareTo(ObjectRef o) {
    return ORDER.compare(this, o);
  }
}
