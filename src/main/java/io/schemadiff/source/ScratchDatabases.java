package io.schemadiff.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creating and dropping schemadiff's own scratch databases on a PostgreSQL or MySQL server. */
final class ScratchDatabases {
  private ScratchDatabases() {}

  static String newName() {
    return "schemadiff_" + java.util.UUID.randomUUID().toString().replace("-", "");
  }

  static Endpoint create(Endpoint admin, String name) {
    String sql = admin.dialect().equals("mysql")
        ? "CREATE DATABASE `" + name + "` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci"
        : "CREATE DATABASE \"" + name + "\" TEMPLATE template0 ENCODING 'UTF8'";
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new SourceException(SourceException.Kind.UNREACHABLE,
          "cannot create scratch database on " + admin.display() + ": " + Jdbc.reason(e), e);
    }
    return admin.withDatabase(name);
  }

  static void drop(Endpoint admin, Endpoint database) {
    String url = database.jdbcUrl();
    String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    if (!name.startsWith("schemadiff_")) {
      throw new IllegalStateException("refusing to drop a database schemadiff did not create: " + name);
    }
    String sql = admin.dialect().equals("mysql")
        ? "DROP DATABASE IF EXISTS `" + name + "`"
        : "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)";
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      // Best effort: a leftover scratch database is reported by nobody and harms nothing.
    }
  }
}
