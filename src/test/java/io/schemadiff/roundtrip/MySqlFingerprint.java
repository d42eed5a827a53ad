package io.schemadiff.roundtrip;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's own SHOW CREATE TABLE / SHOW CREATE VIEW of every object in a database, made
 * comparable between two databases: the AUTO_INCREMENT counter (data, not schema), the view
 * DEFINER and the database's own name are removed; index lines are sorted (the server lists
 * indexes in creation order, which says nothing about the schema: a re-created index moves to
 * the end). A column's CHARACTER SET/COLLATE stays, even when equal to the table's default
 * (the server shows it when it was written for the column). Written apart from the inspector on
 * purpose.
 */
final class MySqlFingerprint {
  private MySqlFingerprint() {}

  private static final java.util.regex.Pattern INDEX_LINE =
      java.util.regex.Pattern.compile("^  (UNIQUE |FULLTEXT |SPATIAL )?KEY .*");
  /** MariaDB lists checks in creation order (MySQL by name); a re-created one moves to the end. */
  private static final java.util.regex.Pattern CHECK_LINE =
      java.util.regex.Pattern.compile("^  CONSTRAINT `(?:[^`]|``)+` CHECK .*");

  static String sortIndexLines(String ddl) {
    List<String> lines = new ArrayList<>(List.of(ddl.split("\n")));
    List<String> body = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    List<String> checks = new ArrayList<>();
    int at = -1;
    int checksAt = -1;
    for (int i = 1; i < lines.size() - 1; i++) {
      String line = lines.get(i).replaceAll(",$", "");
      if (INDEX_LINE.matcher(line).matches()) {
        at = at < 0 ? body.size() : at;
        indexes.add(line);
      } else if (CHECK_LINE.matcher(line).matches()) {
        checksAt = checksAt < 0 ? body.size() : checksAt;
        checks.add(line);
      } else {
        body.add(line);
      }
    }
    java.util.Collections.sort(checks);
    if (checksAt >= 0) {
      body.addAll(checksAt, checks);
    }
    java.util.Collections.sort(indexes);
    if (at >= 0) {
      body.addAll(at, indexes);
    }
    return lines.get(0) + "\n" + String.join("\n", body) + "\n" + lines.get(lines.size() - 1);
  }

  static String of(Endpoint db) {
    try (Connection c = Jdbc.open(db, true); Statement s = c.createStatement()) {
      String database;
      try (ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
        rs.next();
        database = rs.getString(1);
      }
      boolean mariadb = c.getMetaData().getDatabaseProductVersion().contains("MariaDB");
      List<String[]> objects = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
          + "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME")) {
        while (rs.next()) {
          objects.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      StringBuilder out = new StringBuilder();
      for (String[] o : objects) {
        boolean view = o[1].equals("VIEW");
        String name = "`" + o[0].replace("`", "``") + "`";
        try (ResultSet rs = s.executeQuery((view ? "SHOW CREATE VIEW " : "SHOW CREATE TABLE ") + name)) {
          rs.next();
          String ddl = rs.getString(2)
              .replaceAll(" AUTO_INCREMENT=\\d+", "")
              .replace("`" + database.replace("`", "``") + "`.", "");
          out.append(view ? ddl : sortIndexLines(ddl)).append("\n\n");
        }
      }
      // Stored programs and events, as the server shows them (DEFINER and sql_mode included).
      List<String[]> programs = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT 'TRIGGER', TRIGGER_NAME FROM information_schema.TRIGGERS"
          + " WHERE TRIGGER_SCHEMA = DATABASE() UNION ALL SELECT ROUTINE_TYPE, ROUTINE_NAME"
          + " FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() UNION ALL SELECT 'EVENT', EVENT_NAME"
          + " FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE() ORDER BY 1, 2")) {
        while (rs.next()) {
          programs.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      for (String[] p : programs) {
        if (mariadb && p[0].equals("TRIGGER")) {
          out.append(mariaDbTrigger(c, p[1])).append("\n\n");
          continue;
        }
        try (ResultSet rs = s.executeQuery("SHOW CREATE " + p[0] + " `" + p[1].replace("`", "``") + "`")) {
          rs.next();
          // An event's STARTS is its creation time unless given (not compared); its time zone counts.
          String ddl = p[0].equals("EVENT") ? rs.getString(4).replaceAll(" STARTS '[^']*'", "") + " -- time_zone "
              + rs.getString(3) : rs.getString(3);
          out.append(ddl).append(" -- sql_mode ").append(rs.getString(2))
              .append("\n\n");
        }
      }
      return out.toString();
    } catch (SQLException e) {
      throw new IllegalStateException("fingerprint of " + db.display() + ": " + e.getMessage(), e);
    }
  }

  /**
   * MariaDB's SHOW CREATE TRIGGER is the statement as it was typed (spacing and quotes around the
   * names included); the catalog's columns say what the trigger is.
   */
  private static String mariaDbTrigger(Connection c, String name) throws SQLException {
    try (java.sql.PreparedStatement p = c.prepareStatement("SELECT CONCAT_WS(' | ', DEFINER, ACTION_TIMING,"
        + " EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_ORDER, SQL_MODE, ACTION_STATEMENT)"
        + " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = ?")) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return "TRIGGER " + name + " | " + rs.getString(1);
      }
    }
  }
}
