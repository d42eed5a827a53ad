package io.schemadiff.dialect.postgresql;

import io.schemadiff.diff.Change;
import io.schemadiff.model.Table;
import io.schemadiff.plan.OnlineDdl;
import io.schemadiff.plan.OnlineDdlRules;

/**
 * PostgreSQL's online forms, used with {@code --online} on tables that exist: indexes built and
 * dropped CONCURRENTLY (no write lock, but outside any transaction), foreign keys and checks added
 * NOT VALID and then validated (the scan no longer blocks writes).
 */
public final class PostgresOnlineDdl implements OnlineDdlRules {
  @Override
  public OnlineDdl classify(Change change, Table table) {
    return switch (change.kind()) {
      case CREATE_INDEX, DROP_INDEX -> OnlineDdl.CONCURRENT;
      // A check or foreign key meant to stay NOT VALID is not validated.
      case ADD_FOREIGN_KEY -> ((Change.AddForeignKey) change).foreignKey().attributes().containsKey("not-valid")
          ? null : OnlineDdl.VALIDATED_AFTER;
      case ADD_CHECK -> ((Change.AddCheck) change).check().attributes().containsKey("not-valid")
          ? null : OnlineDdl.VALIDATED_AFTER;
      default -> null;
    };
  }
}
