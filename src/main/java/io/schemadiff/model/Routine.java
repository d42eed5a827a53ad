package io.schemadiff.model;

/**
 * A function or procedure, compared by the server's own {@code pg_get_functiondef}: the whole
 * {@code CREATE OR REPLACE} statement, body, language and attributes. Its name as an object is
 * {@code name(identity arguments)}, as the server tells overloads apart. A new body or attribute
 * is replaced in place; other arguments (names, defaults, modes) or another result cannot be, so
 * the routine is dropped and created again. A SQL-standard body ({@code BEGIN ATOMIC},
 * {@code RETURN}) is bound to what it reads, as a view is.
 */
public sealed interface Routine extends Definition, Overloaded permits Function, Procedure {
  /** The full argument list: names, modes, types and defaults. */
  String arguments();

  /** What it returns ({@code null} for a procedure). */
  String returns();

  /** Whether the body is SQL-standard (parsed and bound when created) rather than a string. */
  boolean atomic();

  /** The server's {@code CREATE OR REPLACE} statement (MySQL: {@code CREATE}, without its definer). */
  String definition();

  /** MySQL: the {@code sql_mode} it was created under, and a {@code definer} other than the reader. */
  java.util.Map<String, String> attributes();

  /** The keyword of its kind, as DDL spells it. */
  default String keyword() {
    return kind().toUpperCase(java.util.Locale.ROOT);
  }

  /** The body of a plain {@code LANGUAGE sql} string is checked when created: against what may not exist yet. */
  default boolean bodyCheckedOnCreate() {
    return !atomic() && definition().contains("\n LANGUAGE sql\n");
  }

  @Override
  default boolean alterableTo(Definition other) {
    return other instanceof Routine r && other.getClass() == getClass()
        && arguments().equals(r.arguments()) && java.util.Objects.equals(returns(), r.returns());
  }

  @Override
  default boolean bindsWhatItUses() {
    return atomic();
  }
}
