package io.schemadiff.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creating and dropping schemadiff's own scratch databases on a PostgreSQL or MySQL server.
 *
 * <p>A run keeps one connection open to each of its databases for as long as the database
 * lives (MySQL: a named lock held by that connection). A killed run loses it with its process,
 * so a database of ours with no keeper, made more than {@link #GRACE_SECONDS} ago (its name says
 * when), belongs to a dead run and is dropped by the next run on that server; a live run's never
 * is.
 */
final class ScratchDatabases {
  /** Time between creating a database and its keeper connecting, with room to spare. */
  static final long GRACE_SECONDS = 120;
  static final Pattern NAME = Pattern.compile("schemadiff_(?:([0-9]{10,})_)?[0-9a-f]+");
  private static final Map<String, Connection> KEEPERS = new ConcurrentHashMap<>();

  private ScratchDatabases() {}

  /** {@code schemadiff_<epoch seconds>_<random>}: the time lets others tell a new one from an orphan. */
  static String newName() {
    return "schemadiff_" + System.currentTimeMillis() / 1000 + "_"
        + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  static Endpoint create(Endpoint admin, String name) {
    boolean mysql = admin.dialect().equals("mysql");
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      // Each server's own default for utf8mb4, pinned: MariaDB's (its Debian packages') is not MySQL 8's.
      String sql = !mysql ? "CREATE DATABASE \"" + name + "\" TEMPLATE template0 ENCODING 'UTF8'"
          : "CREATE DATABASE `" + name + "` DEFAULT CHARACTER SET utf8mb4 COLLATE "
              + (Jdbc.mariaDb(c) ? Jdbc.MARIADB_COLLATION : "utf8mb4_0900_ai_ci");
      s.execute(sql);
    } catch (SQLException e) {
      throw new SourceException(SourceException.Kind.UNREACHABLE,
          "cannot create scratch database on " + admin.display() + ": " + Jdbc.reason(e), e);
    }
    Endpoint db = admin.withDatabase(name);
    keep(db, name, mysql);
    return db;
  }

  /** Opens the connection that says the database is in use; without it, it is only unprotected. */
  private static void keep(Endpoint db, String name, boolean mysql) {
    try {
      Connection keeper = Jdbc.open(db, false);
      if (mysql) {
        try (PreparedStatement p = keeper.prepareStatement("SELECT GET_LOCK(?, 0)")) {
          p.setString(1, name);
          p.execute();
        }
      }
      KEEPERS.put(name, keeper);
    } catch (SQLException | SourceException e) {
      // The run works without it; only a concurrent cleanup after the grace time could interfere.
    }
  }

  static void drop(Endpoint admin, Endpoint database) {
    String url = database.jdbcUrl();
    String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    if (!name.startsWith("schemadiff_")) {
      throw new IllegalStateException("refusing to drop a database schemadiff did not create: " + name);
    }
    release(name);
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      s.execute(dropSql(admin, name));
    } catch (SQLException e) {
      // Best effort: a database left behind is dropped by a later run as an orphan.
    }
  }

  /** Closes the keeper of a database about to be dropped. */
  static void release(String name) {
    Connection keeper = KEEPERS.remove(name);
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException e) {
        // Closing is all it was for.
      }
    }
  }

  private static String dropSql(Endpoint admin, String name) {
    return admin.dialect().equals("mysql")
        ? "DROP DATABASE IF EXISTS `" + name + "`"
        : "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)";
  }

  /**
   * Drops the databases of dead runs: ours by name, older than the grace time, and with nobody
   * connected to them (PostgreSQL) or their keeper's lock free (MySQL). Never fails the run.
   */
  static List<String> dropAbandoned(Endpoint admin) {
    boolean mysql = admin.dialect().equals("mysql");
    List<String> dropped = new ArrayList<>();
    long now = System.currentTimeMillis() / 1000;
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      List<String> candidates = new ArrayList<>();
      String list = mysql
          ? "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'schemadiff\\_%'"
          : "SELECT d.datname FROM pg_database d WHERE d.datname LIKE 'schemadiff\\_%'"
              + " AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datid = d.oid)";
      try (ResultSet rs = s.executeQuery(list)) {
        while (rs.next()) {
          candidates.add(rs.getString(1));
        }
      }
      for (String name : candidates) {
        Matcher m = NAME.matcher(name);
        // A name without its time (made by an older schemadiff) cannot be told from a live run's.
        if (!m.matches() || m.group(1) == null || KEEPERS.containsKey(name)
            || now - Long.parseLong(m.group(1)) < GRACE_SECONDS) {
          continue;
        }
        if (mysql && !lockFree(c, name)) {
          continue;
        }
        s.execute(dropSql(admin, name));
        dropped.add(name);
      }
    } catch (SQLException | RuntimeException e) {
      // Leftovers cost disk space only; never fail a run over them.
    }
    return dropped;
  }

  private static boolean lockFree(Connection c, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT IS_FREE_LOCK(?)")) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    }
  }
}
