package io.schemadiff.dialect.mariadb;

import io.schemadiff.diff.Change;
import io.schemadiff.dialect.mysql.MySqlOnlineDdl;
import io.schemadiff.model.Table;
import io.schemadiff.plan.OnlineDdl;
import io.schemadiff.plan.OnlineDdlRules;
import java.util.List;

/**
 * MariaDB's online DDL is not MySQL's (other INSTANT and INPLACE cases, other refusals), and
 * schemadiff does not model it: no ALGORITHM hint is written, so the server picks its best, and
 * every change that may rebuild the table says it may block writes. What cannot share one ALTER
 * TABLE is as on MySQL.
 */
public final class MariaDbOnlineDdl implements OnlineDdlRules {
  private final MySqlOnlineDdl mysql = new MySqlOnlineDdl();

  @Override
  public OnlineDdl classify(Change change, Table table) {
    return switch (change.kind()) {
      // The catalog alone changes: no rows are touched.
      case SET_TABLE_COMMENT, ALTER_INDEX, DROP_CHECK, DROP_INDEX, DROP_FOREIGN_KEY -> null;
      case PARTITION_TABLE, UNPARTITION_TABLE, ALTER_PARTITIONS -> null; // their hazards say it
      default -> OnlineDdl.COPY;
    };
  }

  @Override
  public boolean canJoin(List<Change> batch, Change next) {
    return mysql.canJoin(batch, next);
  }
}
