package io.schemadiff.plan;

import io.schemadiff.diff.Change;

/**
 * A dialect's knowledge of how a change can run on a table in use. Implementations live with
 * their dialect and are named in its {@code dialect.properties} ({@code hooks.online-ddl}).
 */
public interface OnlineDdlRules {
  /**
   * The least disruptive way the server can apply the change.
   *
   * @param table the table as it is before the migration
   */
  OnlineDdl classify(Change change, io.schemadiff.model.Table table);

  /** Whether {@code next} may join the statement already holding {@code batch}. */
  default boolean canJoin(java.util.List<Change> batch, Change next) {
    return true;
  }
}
