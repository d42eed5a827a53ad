package io.schemadiff.plan;

/** What can go wrong when a step runs. Names follow stripe/pg-schema-diff. */
public enum Hazard {
  DELETES_DATA(true, "deletes data, or may change existing values without an error"),
  ACQUIRES_ACCESS_EXCLUSIVE_LOCK(false, "locks the table against reads and writes while it runs"),
  BLOCKS_WRITES(false, "rebuilds or copies the table; writes wait until it finishes"),
  INDEX_BUILD(false, "builds an index; slow on large tables and blocks writes unless built online"),
  INDEX_DROPPED(false, "drops an index; queries that used it may become slow"),
  MAY_FAIL_ON_EXISTING_DATA(false, "may fail if existing rows violate the new rule"),
  NON_TRANSACTIONAL(false, "must not share one transaction with the rest (CONCURRENTLY refuses one; a new enum "
      + "value is usable only after commit)"),
  CORRECTNESS(false, "may change what the application reads");

  private final boolean destructive;
  private final String meaning;

  Hazard(boolean destructive, String meaning) {
    this.destructive = destructive;
    this.meaning = meaning;
  }

  /** Destructive hazards are refused unless the user allows them by name. */
  public boolean destructive() {
    return destructive;
  }

  public String meaning() {
    return meaning;
  }
}
