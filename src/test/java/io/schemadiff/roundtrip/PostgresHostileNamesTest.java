package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.ScratchServer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Hostile texts on PostgreSQL; migrations run by {@code psql}, one transaction, stopping at the first error. */
class PostgresHostileNamesTest extends HostileNamesTest {
  @Override
  String dialect() {
    return "postgresql";
  }

  @Override
  ScratchServer server() {
    return TestServers.postgres();
  }

  @Override
  List<String> scope() {
    return List.of("--schema", "public");
  }

  @Override
  String name(String text, String suffix) {
    // Identifiers hold at most 63 bytes; the server would cut a longer one.
    String base = cut(trimmed(text), 63 - suffix.getBytes(StandardCharsets.UTF_8).length,
        s -> s.getBytes(StandardCharsets.UTF_8).length);
    base = trimmed(base);
    return (base.isEmpty() ? "x" : base) + suffix;
  }

  @Override
  List<String> objects(Connection c, Texts t, String g) throws SQLException {
    String table = id(c, name(t.table(), g));
    String column = id(c, name(t.column(), g));
    String type = id(c, name(t.column(), "_e" + g));
    String label = lit(c, cut(t.label(), 63, s -> s.getBytes(StandardCharsets.UTF_8).length));
    return List.of(
        "CREATE TYPE " + type + " AS ENUM (" + label + ", 'plain-label')",
        "CREATE TABLE " + table + " (id integer PRIMARY KEY, " + column + " text NOT NULL DEFAULT "
            + lit(c, t.defaultValue()) + ", k " + type + ")",
        "COMMENT ON TABLE " + table + " IS " + lit(c, t.tableComment()),
        "COMMENT ON COLUMN " + table + "." + column + " IS " + lit(c, t.columnComment()),
        "ALTER TABLE " + table + " ADD CONSTRAINT " + id(c, name(t.table(), "_ck" + g)) + " CHECK (" + column + " <> "
            + lit(c, t.checkConstant()) + ")",
        "CREATE INDEX " + id(c, name(t.table(), "_ix" + g)) + " ON " + table + " (" + column + ")",
        "CREATE VIEW " + id(c, name(t.table(), "_v" + g)) + " AS SELECT id, " + lit(c, t.viewConstant()) + "::text AS "
            + column + " FROM " + table);
  }

  private static String id(Connection c, String name) throws SQLException {
    return quoted(c, "SELECT quote_ident(?)", name);
  }

  private static String lit(Connection c, String value) throws SQLException {
    return quoted(c, "SELECT quote_literal(?)", value);
  }

  @Override
  void apply(Endpoint db, String migration) throws Exception {
    java.net.URI uri = java.net.URI.create(db.jdbcUrl().substring("jdbc:".length()));
    Process p = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction",
        "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", db.properties().getProperty("user"),
        "-d", uri.getPath().substring(1), "-f", "-").redirectErrorStream(true).start();
    p.getOutputStream().write(migration.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "psql failed: " + output + "\n" + migration);
  }
}
