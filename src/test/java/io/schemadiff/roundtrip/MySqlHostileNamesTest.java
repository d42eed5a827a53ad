package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.fail;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import io.schemadiff.source.ScratchServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Hostile texts on MySQL 8; a migration goes to the server whole, parsed by the server itself. */
class MySqlHostileNamesTest extends HostileNamesTest {
  @Override
  String dialect() {
    return "mysql";
  }

  @Override
  ScratchServer server() {
    return TestServers.mysql();
  }

  @Override
  List<String> scope() {
    return List.of();
  }

  @Override
  String name(String text, String suffix) {
    // Identifiers: at most 64 characters of the Basic Multilingual Plane, no trailing space.
    String bmp = text.codePoints().filter(cp -> cp < 0x10000 && cp != 0)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    String base = trimmed(cut(trimmed(bmp), 60 - suffix.length(), String::length));
    return (base.isEmpty() ? "x" : base) + suffix;
  }

  @Override
  List<String> objects(Connection c, Texts t, String g) throws SQLException {
    String table = id(c, name(t.table(), g));
    String column = id(c, name(t.column(), g));
    // ENUM members lose trailing spaces, and compare case-insensitively with the other member.
    String label = t.label().stripTrailing();
    label = label.isEmpty() || label.equalsIgnoreCase("plain-label") ? "x" + label : label;
    return List.of(
        "CREATE TABLE " + table + " (id int PRIMARY KEY, " + column + " varchar(300) NOT NULL DEFAULT "
            + lit(c, t.defaultValue()) + " COMMENT " + lit(c, t.columnComment()) + ", k ENUM(" + lit(c, label)
            + ", 'plain-label'), CONSTRAINT " + id(c, name(t.table(), "_ck" + g)) + " CHECK (" + column + " <> "
            + lit(c, t.checkConstant()) + ")) COMMENT " + lit(c, t.tableComment()),
        "CREATE INDEX " + id(c, name(t.table(), "_ix" + g)) + " ON " + table + " (" + column + ")",
        "CREATE VIEW " + id(c, name(t.table(), "_v" + g)) + " AS SELECT id, " + lit(c, t.viewConstant()) + " AS "
            + column + " FROM " + table);
  }

  private static String id(Connection c, String name) throws SQLException {
    return quoted(c, "SELECT CONCAT('`', REPLACE(?, '`', '``'), '`')", name);
  }

  private static String lit(Connection c, String value) throws SQLException {
    return quoted(c, "SELECT QUOTE(?)", value);
  }

  @Override
  void apply(Endpoint db, String migration) throws Exception {
    java.util.Properties props = db.properties();
    props.setProperty("allowMultiQueries", "true");
    Endpoint multi = new Endpoint(db.dialect(), db.jdbcUrl(), props, db.display());
    try (Connection c = Jdbc.open(multi, false); Statement s = c.createStatement()) {
      s.setEscapeProcessing(false);
      s.execute(migration);
      while (s.getMoreResults() || s.getUpdateCount() != -1) {
        // drain every statement's result so an error in a later one is raised
      }
    } catch (SQLException e) {
      fail("the server rejected the migration: " + e.getMessage() + "\n" + migration);
    }
  }
}
