package io.schemadiff.plan;

/**
 * How a table change runs while the table is in use, from least to most disruptive. A statement
 * that combines several changes runs as the most disruptive of them.
 */
public enum OnlineDdl {
  /** Metadata only; no rows touched. */
  INSTANT,
  /** Rebuilt or indexed in place; reads and writes continue. */
  INPLACE,
  /** In place, but writes wait (e.g. a first FULLTEXT or a SPATIAL index). */
  INPLACE_SHARED,
  /** The table is copied; writes wait for the whole copy. */
  COPY;

  public OnlineDdl max(OnlineDdl other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
