package io.schemadiff.dialect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.diff.ChangeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialectTest {
  @Test
  void mysqlRefusesMariaDbButNotMySql() {
    String unsupported = Dialect.load("mysql").optional("server.unsupported");
    assertTrue("10.11.6-MariaDB-0+deb12u1".matches(unsupported));
    assertTrue("5.5.5-10.6.16-MariaDB".matches(unsupported));
    assertFalse("8.0.31".matches(unsupported));
  }

  @Test
  void everyDialectOrdersEveryChangeKindAndPlansDropsOfDataLast() {
    for (String name : List.of("postgresql", "mysql")) {
      Dialect d = Dialect.load(name);
      d.planRules(); // throws if plan.order leaves a kind out
      d.diffRules();
      d.hazardRules();
    }
    var phases = Dialect.load("mysql").planRules().phases();
    int dropTable = -1;
    int createTable = -1;
    for (int i = 0; i < phases.size(); i++) {
      if (phases.get(i).contains(ChangeKind.DROP_TABLE)) {
        dropTable = i;
      }
      if (phases.get(i).contains(ChangeKind.CREATE_TABLE)) {
        createTable = i;
      }
    }
    assertTrue(createTable < dropTable, "non-transactional MySQL adds before it drops");
  }
}
