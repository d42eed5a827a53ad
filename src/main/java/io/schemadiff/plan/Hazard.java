package io.schemadiff.plan;

/** What can go wrong when a step runs. Names follow stripe/pg-schema-diff. */
public enum Hazard {
  DELETES_DATA(true, "Deletes data", "deletes data, or may change existing values without an error"),
  ACQUIRES_ACCESS_EXCLUSIVE_LOCK(false, "Locks the table", "locks the table against reads and writes while it runs"),
  BLOCKS_WRITES(false, "Blocks writes", "rebuilds or copies the table; writes wait until it finishes"),
  INDEX_BUILD(false, "Builds an index", "builds an index; slow on large tables and blocks writes unless built online"),
  INDEX_DROPPED(false, "Drops an index", "drops an index; queries that used it may become slow"),
  MAY_FAIL_ON_EXISTING_DATA(false, "May fail on existing rows", "may fail if existing rows violate the new rule"),
  NON_TRANSACTIONAL(false, "Runs outside a transaction", "must not share one transaction with the rest "
      + "(CONCURRENTLY refuses one; a new enum value is usable only after commit)"),
  CORRECTNESS(false, "Changes behaviour", "may change what the application reads");

  private final boolean destructive;
  private final String title;
  private final String meaning;

  Hazard(boolean destructive, String title, String meaning) {
    this.destructive = destructive;
    this.title = title;
    this.meaning = meaning;
  }

  /** A heading for release notes: "Deletes data". */
  public String title() {
    return title;
  }

  /** Destructive hazards are refused unless the user allows them by name. */
  public boolean destructive() {
    return destructive;
  }

  public String meaning() {
    return meaning;
  }
}
