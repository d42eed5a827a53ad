package io.schemadiff.model;

import java.util.List;

/** A user-defined enumerated type (PostgreSQL {@code CREATE TYPE … AS ENUM}): its labels in order. */
public record EnumType(QName name, List<String> values) {
  public EnumType {
    values = List.copyOf(values);
  }
}
