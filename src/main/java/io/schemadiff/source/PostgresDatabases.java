package io.schemadiff.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creating and dropping schemadiff's own scratch databases on a PostgreSQL server. */
final class PostgresDatabases {
  private PostgresDatabases() {}

  static Endpoint create(Endpoint admin, String name) {
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE \"" + name + "\" TEMPLATE template0 ENCODING 'UTF8'");
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
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
    } catch (SQLException e) {
      // Best effort: a leftover scratch database is reported by nobody and harms nothing.
    }
  }
}
