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
    KEY
  }
}
