package io.schemadiff.model;

import java.util.List;

/**
 * A domain: its base type (with modifiers), a collation other than the base type's, default,
 * NOT NULL and named checks (each as the server prints it, {@code CHECK (…)} with
 * {@code NOT VALID} where it is). Everything but the base type and collation is altered in place.
 */
public record Domain(String type, String collation, String defaultValue, boolean notNull, List<Constraint> checks)
    implements Definition {
  public Domain {
    checks = List.copyOf(checks);
  }

  /** A named check of a domain. */
  public record Constraint(String name, String definition) {}

  @Override
  public Namespace namespace() {
    return Namespace.TYPE;
  }

  @Override
  public boolean alterableTo(Definition other) {
    return other instanceof Domain d && d.type.equals(type) && java.util.Objects.equals(d.collation, collation);
  }

  /** Existing values of columns of the domain are checked against a new rule. */
  @Override
  public boolean alterMayFail(Definition other) {
    Domain d = (Domain) other;
    return (d.notNull && !notNull) || !checks.containsAll(d.checks);
  }

  /** The checks of {@code other} this does not have, by name and text. */
  public List<Constraint> checksAdded(Domain other) {
    return other.checks.stream().filter(c -> !checks.contains(c)).toList();
  }

  /** The checks of this that {@code other} does not have. */
  public List<Constraint> checksDropped(Domain other) {
    return other.checksAdded(this);
  }
}
