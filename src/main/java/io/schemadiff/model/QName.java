package io.schemadiff.model;

import java.util.Comparator;
import java.util.Objects;

/** A schema-qualified object name, e.g. {@code public.orders}; unqualified when the schema is "". */
public record QName(String schema, String name) implements Comparable<QName> {
  private static final Comparator<QName> ORDER =
      Comparator.comparing(QName::schema).thenComparing(QName::name);

  public QName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public int compareTo(QName other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return schema.isEmpty() ? name : schema + "." + name;
  }
}
