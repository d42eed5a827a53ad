package io.schemadiff.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void mariaDbTakesMariaDbFromTenElevenOnAndRefusesMySql() {
    String required = Dialect.load("mariadb").property("server.required");
    assertTrue("10.11.6-MariaDB-0+deb12u1".matches(required));
    assertTrue("5.5.5-10.11.5-MariaDB".matches(required));
    assertTrue("11.4.5-MariaDB".matches(required));
    assertFalse("10.6.16-MariaDB".matches(required));
    assertFalse("8.0.31".matches(required));
    assertTrue(Dialect.load("mariadb").optional("server.unsupported").isEmpty());
  }

  @Test
  void aVariantHasWhatItSetsAndItsParentsTheRest() {
    Dialect maria = Dialect.load("mariadb");
    Dialect mysql = Dialect.load("mysql");
    assertEquals("mysql", maria.family());
    assertEquals(List.of("mariadb", "mysql"), maria.lineage());
    assertEquals(mysql.property("plan.order"), maria.property("plan.order"));
    assertTrue(maria.list("object.replaced-with-gap").isEmpty(), "CREATE OR REPLACE leaves no gap");
    assertFalse(mysql.list("object.replaced-with-gap").isEmpty());
    // Its own catalog file where it has one, else the parent's.
    assertFalse(maria.resource("catalog/INDEXES.sql").contains("EXPRESSION"));
    assertEquals(mysql.resource("catalog/FOREIGN_KEYS.sql"), maria.resource("catalog/FOREIGN_KEYS.sql"));
    assertTrue(maria.isReserved("select"));
  }

  @Test
  void everyDialectOrdersEveryChangeKindAndPlansDropsOfDataLast() {
    for (String name : Dialect.KNOWN) {
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
