package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Liquibase (4.33.0) runs changesets that {@code schemadiff migrate --style liquibase}
 * wrote for several releases, on PostgreSQL and MySQL: {@code update}, rollbacks, {@code update}
 * again; after each step schemadiff finds no drift against the state the database should be in.
 */
class LiquibaseClientTest {
  private static final Path FIXTURE = Path.of("fixtures/postgresql/app-release");
  private static final Path MYSQL_FIXTURE = Path.of("fixtures/mysql/app-release");

  @TempDir Path temp;

  /**
   * Release 2 is {@code --online}: its CONCURRENTLY statements are changesets of their own with
   * {@code runInTransaction:false}, and so are their rollbacks; release 2 is four changesets.
   */
  @Test
  void postgresUpdateRollbackUpdate() throws Exception {
    Path changelog = Files.createDirectory(temp.resolve("changelog"));
    String dev = TestServers.postgres().admin().jdbcUrl();
    Path from = FIXTURE.resolve("from.sql");
    Path to = FIXTURE.resolve("to.sql");
    assertEquals(0, migrate("empty", from, changelog, "Release 1", dev).exit());
    // The step comments of this release include "comment on …", which Liquibase must not take for its --comment.
    Cli second = migrate(changelog.toString(), to, changelog, "Release 2", dev, "--online");
    assertEquals(0, second.exit(), second.err());
    String release2 = Files.readString(changelog.resolve("0002-release-2.sql"));
    assertEquals(4, release2.split("\n--changeset ", -1).length - 1, release2);
    assertEquals(2, release2.split(" runInTransaction:false\n", -1).length - 1, release2);
    // A release whose only step is a comment: its step line must not become the changeset's comment.
    Path third = temp.resolve("release-3.sql");
    Files.writeString(third, Files.readString(to).replace("'People who can place orders'", "'People who order'"));
    Cli commented = migrate(changelog.toString(), third, changelog, "Release 3", dev);
    assertEquals(0, commented.exit(), commented.err());
    assertTrue(Files.readString(changelog.resolve("0003-release-3.sql")).contains("\n-- set comment on public.customers\n"));
    masterChangelog(changelog, 3);
    Endpoint db = TestServers.postgres().createDatabase();
    try (Connection c = Jdbc.open(db, false)) {
      Liquibase liquibase = liquibase(changelog, c);
      liquibase.update("");
      assertNoDrift(third, db, dev);
      liquibase.rollback(1, "");
      assertNoDrift(to, db, dev);
      liquibase.rollback(4, "");
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

  @Test
  void mysqlUpdateRollbackUpdate() throws Exception {
    Path changelog = Files.createDirectory(temp.resolve("changelog"));
    String dev = TestServers.mysql().admin().jdbcUrl();
    Path from = MYSQL_FIXTURE.resolve("from.sql");
    Path to = MYSQL_FIXTURE.resolve("to.sql");
    assertEquals(0, migrate("empty", from, changelog, "Release 1", dev, "--dialect", "mysql").exit());
    Cli second = migrate(changelog.toString(), to, changelog, "Release 2", dev, "--dialect", "mysql");
    assertEquals(0, second.exit(), second.err());
    masterChangelog(changelog, 2);
    Endpoint db = TestServers.mysql().createDatabase();
    try (Connection c = Jdbc.open(db, false)) {
      Liquibase liquibase = liquibase(changelog, c);
      liquibase.update("");
      assertNoDrift(to, db, dev, "--dialect", "mysql");
      liquibase.rollback(1, "");
      assertNoDrift(from, db, dev, "--dialect", "mysql");
      liquibase.update("");
      assertNoDrift(to, db, dev, "--dialect", "mysql");
    } finally {
      TestServers.mysql().dropDatabase(db);
    }
  }

  private static Liquibase liquibase(Path changelog, Connection c) throws Exception {
    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
    return new Liquibase("master.xml", new DirectoryResourceAccessor(changelog), database);
  }

  private static void masterChangelog(Path changelog, int releases) throws java.io.IOException {
    StringBuilder includes = new StringBuilder();
    try (var files = Files.list(changelog)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted()
          .forEach(n -> includes.append("  <include file=\"").append(n).append("\"/>\n"));
    }
    assertEquals(releases, includes.toString().lines().count());
    Files.writeString(changelog.resolve("master.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
              http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
        """ + includes + "</databaseChangeLog>\n");
  }

  private static Cli migrate(String from, Path to, Path dir, String message, String dev, String... flags) {
    List<String> args = new java.util.ArrayList<>(List.of("migrate", "--from", from, "--to", to.toString(), "--dir",
        dir.toString(), "--style", "liquibase", "-m", message, "--dev-url", dev, "--allow-hazards", "all"));
    args.addAll(List.of(flags));
    return Cli.run(args.toArray(String[]::new));
  }

  private static void assertNoDrift(Path expected, Endpoint db, String dev, String... flags) {
    List<String> args = new java.util.ArrayList<>(List.of("check", "--expected", expected.toString(), "--actual",
        db.jdbcUrl(), "--dev-url", dev));
    args.addAll(List.of(flags));
    Cli drift = Cli.run(args.toArray(String[]::new));
    assertEquals(0, drift.exit(), drift.out() + drift.err());
  }
}
