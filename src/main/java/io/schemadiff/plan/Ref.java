package io.schemadiff.plan;

/**
 * A thing a change can create, drop or depend on. {@code RELATION} is a name in a schema's
 * relation namespace (tables and indexes share it in PostgreSQL); {@code KEY} is a set of columns
 * that is unique, which is what a foreign key needs.
 */
record Ref(Kind kind, String schema, String table, String name) {
  enum Kind {
    SCHEMA,
    TABLE,
    COLUMN,
    CONSTRAINT,
    RELATION,
    KEY,
    /** A user-defined type (PostgreSQL enum), by schema and name. */
    TYPE,
    /** One value of an enum: where a new value is placed after or before another. */
    ENUM_VALUE,
    /** Columns that lead some index, in order: what a MySQL foreign key needs. */
    INDEX_PREFIX,
    /** A column's place in its table (after which column), where order matters. */
    POSITION,
    /** A table (name "") or column has its new name, after a rename the user said. */
    RENAMED,
    /** A modelled object (sequence, function…): name is its kind, a NUL, and its own name. */
    OBJECT;

    /** Names are freed by a drop before a create may reuse them; the other kinds are facts. */
    boolean isName() {
      return this != INDEX_PREFIX && this != POSITION && this != RENAMED;
    }
  }
}
