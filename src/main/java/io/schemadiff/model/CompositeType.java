package io.schemadiff.model;

import java.util.List;

/**
 * A composite type ({@code CREATE TYPE … AS (…)}): its attributes in order. Attributes dropped,
 * and attributes added after the ones that stay, are altered in place; any other change
 * (a type, a collation, the order) drops the type and creates it again.
 */
public record CompositeType(List<Attribute> attributes) implements Definition {
  public CompositeType {
    attributes = List.copyOf(attributes);
  }

  /** An attribute: name, type as the server prints it, collation other than the type's. */
  public record Attribute(String name, String type, String collation) {}

  @Override
  public Namespace namespace() {
    return Namespace.TYPE;
  }

  @Override
  public boolean alterableTo(Definition other) {
    if (!(other instanceof CompositeType c)) {
      return false;
    }
    List<Attribute> kept = attributes.stream().filter(c.attributes::contains).toList();
    boolean retyped = attributes.stream().anyMatch(a -> !c.attributes.contains(a)
        && c.attributes.stream().anyMatch(b -> b.name().equals(a.name())));
    return !retyped && c.attributes.subList(0, kept.size()).equals(kept);
  }

  public List<Attribute> attributesAdded(CompositeType other) {
    return other.attributes.stream().filter(a -> !attributes.contains(a)).toList();
  }

  public List<Attribute> attributesDropped(CompositeType other) {
    return other.attributesAdded(this);
  }
}
