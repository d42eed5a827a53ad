package io.schemadiff.plan;

/**
 * How a table change runs while the table is in use. MySQL's ways come first, from least to most
 * disruptive (a statement that combines several changes runs as the most disruptive of them);
 * then PostgreSQL's online forms, asked for with {@code --online}, which are never combined.
 */
public enum OnlineDdl {
  /** Metadata only; no rows touched. */
  INSTANT,
  /** Rebuilt or indexed in place; reads and writes continue. */
  INPLACE,
  /** In place, but writes wait (e.g. a first FULLTEXT or a SPATIAL index). */
  INPLACE_SHARED,
  /** The table is copied; writes wait for the whole copy. */
  COPY,
  /** PostgreSQL: built or dropped {@code CONCURRENTLY}; writes go on, but not inside a transaction. */
  CONCURRENT,
  /** PostgreSQL: added {@code NOT VALID}, then validated while writes go on. */
  VALIDATED_AFTER;

  public OnlineDdl max(OnlineDdl other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
