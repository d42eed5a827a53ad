package io.schemadiff.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.schemadiff.output.MigrationFiles.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationFilesTest {
  record Case(String name, Style style, List<String> existing, String description, String migration,
      String rollback) {}

  @Test
  void namesTheNextMigration() {
    List<Case> cases = List.of(
        new Case("empty folder", Style.FLYWAY, List.of(), "Add orders", "V1__add_orders.sql", "U1__add_orders.sql"),
        new Case("integers compare as numbers", Style.FLYWAY,
            List.of("V9__a.sql", "V10__b.sql", "V2__c.sql", "README.md"), "x", "V11__x.sql", "U11__x.sql"),
        new Case("last part raised, separator kept", Style.FLYWAY,
            List.of("V1_1__a.sql", "V1_2__b.sql", "V1__c.sql"), "x", "V1_3__x.sql", "U1_3__x.sql"),
        new Case("dotted versions", Style.FLYWAY, List.of("V2.0.9__a.sql", "V2.0.10__b.sql"), "x",
            "V2.0.11__x.sql", "U2.0.11__x.sql"),
        new Case("undo and repeatable files do not count", Style.FLYWAY,
            List.of("V3__a.sql", "U4__b.sql", "R__views.sql"), "x", "V4__x.sql", "U4__x.sql"),
        new Case("description made a file name", Style.FLYWAY, List.of(), "  Orders: add 'total' (v2)!  ",
            "V1__orders_add_total_v2.sql", "U1__orders_add_total_v2.sql"),
        new Case("blank description", Style.FLYWAY, List.of(), " -- ", "V1__schemadiff.sql", "U1__schemadiff.sql"),
        new Case("the parts of a migration count as it", Style.FLYWAY,
            List.of("V5__x.sql", "V5.1__x_non_transactional.sql", "V5.2__x_continued.sql"), "y", "V6__y.sql",
            "U6__y.sql"),
        new Case("a minor version of the user's own is not a part", Style.FLYWAY,
            List.of("V5__x.sql", "V5.1__more.sql"), "y", "V5.2__y.sql", "U5.2__y.sql"),
        new Case("liquibase numbering", Style.LIQUIBASE, List.of("0001-init.sql", "0002-more.sql"), "Add orders",
            "0003-add-orders.sql", null),
        new Case("liquibase keeps a wider width", Style.LIQUIBASE, List.of("000009-init.sql"), "x",
            "000010-x.sql", null),
        new Case("liquibase first file", Style.LIQUIBASE, List.of("changelog.xml"), "x", "0001-x.sql", null));
    for (Case c : cases) {
      MigrationFiles.Names n = MigrationFiles.next(c.style(), c.existing(), c.description());
      assertEquals(c.migration(), n.migration(), c.name());
      assertEquals(c.rollback(), n.rollback(), c.name());
    }
  }

  @Test
  void partsOfAMigrationAreOrderedAfterIt() {
    MigrationFiles.Names first = MigrationFiles.next(Style.FLYWAY, List.of("V4__a.sql"), "Add index");
    List<MigrationFiles.Names> parts = MigrationFiles.flywayParts(first, "Add index", List.of(false, true, false));
    assertEquals(List.of("V5__add_index.sql", "V5.1__add_index_non_transactional.sql", "V5.2__add_index_continued.sql"),
        parts.stream().map(MigrationFiles.Names::migration).toList());
    assertEquals("U5.1__add_index_non_transactional.sql", parts.get(1).rollback());
    assertEquals(List.of("V1_3_1__x_non_transactional.sql"), MigrationFiles.flywayParts(
        MigrationFiles.next(Style.FLYWAY, List.of("V1_2__a.sql"), "x"), "x", List.of(false, true)).stream()
        .skip(1).map(MigrationFiles.Names::migration).toList());
    assertEquals(List.of(first), MigrationFiles.flywayParts(first, "Add index", List.of(true)));
  }
}
