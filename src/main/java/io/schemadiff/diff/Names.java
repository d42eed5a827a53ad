package io.schemadiff.diff;

import io.schemadiff.model.QName;

/**
 * How object names are written in a description: as they are for plain text, quoted as
 * identifiers for an SQL comment (so a name reads exactly as the statement below spells it).
 */
public interface Names {
  Names PLAIN = identifier -> identifier;

  String name(String identifier);

  /** An object inside a table or type: {@code public.orders.total}. */
  default String member(QName owner, String member) {
    return qualified(owner) + "." + name(member);
  }

  /** A value (an enum label): as it is, or as an SQL literal. */
  default String value(String v) {
    return v;
  }

  default String qualified(QName q) {
    if (q.name().isEmpty()) {
      return name(q.schema());
    }
    return q.schema().isEmpty() ? name(q.name()) : name(q.schema()) + "." + name(q.name());
  }
}
