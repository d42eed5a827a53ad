package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import io.schemadiff.source.SqlLoader;
import io.schemadiff.source.SqlScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL script runs as one transaction when it can: a statement that fails halfway leaves
 * the database as it was. Statements that cannot share one run between transactions; migration
 * files leave the transaction to Flyway or Liquibase.
 */
class TransactionTest {
  static final Path FROM = MigrateTest.FROM;
  static final Path TO = MigrateTest.TO;

  @TempDir Path temp;

  @Test
  void aFailureHalfwayChangesNothing() throws Exception {
    Cli r = Cli.run("diff", "--from", FROM.toString(), "--to", TO.toString(), "--dev-url", MigrateTest.dev());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\n-- runs as one transaction (BEGIN … COMMIT)"), r.out());
    List<SqlScript.Statement> statements = SqlScript.split(r.out(), false);
    assertEquals("BEGIN", statements.get(0).sql());
    assertEquals("COMMIT", statements.get(statements.size() - 1).sql());

    Endpoint db = TestServers.postgres().createDatabase();
    try {
      SqlLoader.load(List.of(FROM), db, false);
      // Every step but the last runs, then a statement fails, as psql -v ON_ERROR_STOP=1 would stop.
      try (Connection c = Jdbc.open(db, false); Statement s = c.createStatement()) {
        for (SqlScript.Statement st : statements.subList(0, statements.size() - 2)) {
          s.execute(st.sql());
        }
        try {
          s.execute("SELECT 1 / 0");
        } catch (SQLException expected) {
          // the session ends here, its transaction unfinished
        }
      }
      Cli left = Cli.run("diff", "--from", db.jdbcUrl(), "--to", FROM.toString(), "--dev-url", MigrateTest.dev(),
          "--format", "summary");
      assertEquals("", left.out(), "the database must be as it was");
    } finally {
      TestServers.postgres().dropDatabase(db);
    }
  }

  @Test
  void statementsThatCannotShareATransactionRunBetweenThem() {
    Cli r = Cli.run("diff", "--from", FROM.toString(), "--to", TO.toString(), "--online", "--dev-url",
        MigrateTest.dev());
    assertEquals(0, r.exit(), r.err());
    List<String> sql = SqlScript.split(r.out(), false).stream().map(SqlScript.Statement::sql).toList();
    boolean open = false;
    for (String st : sql) {
      if (st.equals("BEGIN") || st.equals("COMMIT")) {
        assertEquals(st.equals("COMMIT"), open, "BEGIN and COMMIT alternate: " + sql);
        open = st.equals("BEGIN");
      } else if (st.contains("CONCURRENTLY")) {
        assertFalse(open, "CONCURRENTLY inside a transaction: " + st);
      }
    }
    assertFalse(open);
    assertTrue(r.out().contains("-- runs as 2 transactions, with the 2 NON_TRANSACTIONAL statements outside"),
        r.out());
  }

  @Test
  void migrationFilesLeaveTheTransactionToTheTool() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("migrations"));
    Cli r = Cli.run("migrate", "--from", FROM.toString(), "--to", TO.toString(), "--dir", dir.toString(),
        "--dev-url", MigrateTest.dev());
    assertEquals(0, r.exit(), r.err());
    for (String file : r.out().strip().split("\n")) {
      String text = Files.readString(Path.of(file));
      assertFalse(text.contains("BEGIN;") || text.contains("COMMIT;"), text);
    }
  }
}
