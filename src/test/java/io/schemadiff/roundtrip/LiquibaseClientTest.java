package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Liquibase (4.33.0) runs changesets that {@code schemadiff migrate --style liquibase}
 * wrote for two releases: {@code update}, a rollback of the last changeset, {@code update} again;
 * after each step schemadiff finds no drift against the state the database should be in.
 */
class LiquibaseClientTest {
  private static final Path FIXTURE = Path.of("fixtures/postgresql/app-release");

  @TempDir Path temp;

  @Test
  void postgresUpdateRollbackUpdate() throws Exception {
    Path changelog = Files.createDirectory(temp.resolve("changelog"));
    String dev = TestServers.postgres().admin().jdbcUrl();
    Path from = FIXTURE.resolve("from.sql");
    Path to = FIXTURE.resolve("to.sql");
    assertEquals(0, migrate("empty", from, changelog, "Release 1", dev).exit());
    // The step comments of this release include "comment on …", which Liquibase must not take for its --comment.
    Cli second = migrate(changelog.toString(), to, changelog, "Release 2", dev);
    assertEquals(0, second.exit(), second.err());
    // A release whose only step is a comment: its step line must not become the changeset's comment.
    Path third = temp.resolve("release-3.sql");
    Files.writeString(third, Files.readString(to).replace("'People who can place orders'", "'People who order'"));
    Cli commented = migrate(changelog.toString(), third, changelog, "Release 3", dev);
    assertEquals(0, commented.exit(), commented.err());
    assertTrue(Files.readString(changelog.resolve("0003-release-3.sql")).contains("\n-- set comment on public.customers\n"));
    Files.writeString(changelog.resolve("master.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
              http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
          <include file="0001-release-1.sql"/>
          <include file="0002-release-2.sql"/>
          <include file="0003-release-3.sql"/>
        </databaseChangeLog>
        """);
    Endpoint db = TestServers.postgres().createDatabase();
    try (Connection c = Jdbc.open(db, false)) {
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
      Liquibase liquibase = new Liquibase("master.xml", new DirectoryResourceAccessor(changelog), database);
      liquibase.update("");
      assertNoDrift(third, db, dev);
      liquibase.rollback(1, "");
      assertNoDrift(to, db, dev);
      liquibase.rollback(1, "");
      assertNoDrift(from, db, dev);
      liquibase.update("");
      assertNoDrift(third, db, dev);
      // The changeset's description is the -m text, not a step comment.
      try (var s = c.createStatement();
          var rs = s.executeQuery("SELECT description, comments FROM databasechangelog ORDER BY orderexecuted DESC LIMIT 1")) {
        assertTrue(rs.next());
        assertEquals("Release 3", rs.getString(2));
      }
    } finally {
      TestServers.postgres().dropDatabase(db);
    }
  }

  private static Cli migrate(String from, Path to, Path dir, String message, String dev) {
    return Cli.run("migrate", "--from", from, "--to", to.toString(), "--dir", dir.toString(), "--style", "liquibase",
        "-m", message, "--dev-url", dev, "--allow-hazards", "all");
  }

  private static void assertNoDrift(Path expected, Endpoint db, String dev) {
    Cli drift = Cli.run("check", "--expected", expected.toString(), "--actual", db.jdbcUrl(), "--dev-url", dev);
    assertEquals(0, drift.exit(), drift.out() + drift.err());
  }
}
