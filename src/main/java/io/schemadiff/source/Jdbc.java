package io.schemadiff.source;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/** Opens connections and turns connection failures into one-line messages. */
public final class Jdbc {
  /** MariaDB's own default for utf8mb4 (as its Debian packages set it): scratch databases and our sessions use it. */
  static final String MARIADB_COLLATION = "utf8mb4_general_ci";

  private Jdbc() {}

  /** Whether a MySQL-protocol connection is to MariaDB. */
  static boolean mariaDb(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductVersion().contains("MariaDB");
  }

  public static Connection open(Endpoint endpoint, boolean readOnly) {
    Properties props = endpoint.properties();
    // PgJDBC reads seconds, Connector/J milliseconds.
    props.putIfAbsent("connectTimeout", endpoint.dialect().equals("mysql") ? "10000" : "10");
    props.putIfAbsent("loginTimeout", "10");
    if (readOnly && endpoint.dialect().equals("postgresql")) {
      // Even autocommit statements run in read-only transactions.
      props.putIfAbsent("readOnly", "true");
      props.putIfAbsent("readOnlyMode", "always");
    }
    try {
      Connection c = DriverManager.getConnection(endpoint.jdbcUrl(), props);
      if (endpoint.dialect().equals("mysql") && !props.containsKey("connectionCollation") && mariaDb(c)) {
        // Connector/J asks for MySQL 8's utf8mb4_0900_ai_ci, which MariaDB 11.4 takes as an alias
        // and 10.11 not at all; stored programs keep the collation they were made under, so ours
        // is MariaDB's own utf8mb4 default, as its mariadb client uses.
        try (java.sql.Statement s = c.createStatement()) {
          s.execute("SET NAMES utf8mb4 COLLATE " + MARIADB_COLLATION);
        }
      }
      if (readOnly) {
        c.setReadOnly(true);
      }
      return c;
    } catch (SQLException e) {
      throw new SourceException(SourceException.Kind.UNREACHABLE,
          "cannot connect to " + endpoint.display() + ": " + reason(e), e);
    }
  }

  /** The first line of the driver's message, with anything password-like removed. */
  public static String reason(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    if (m.toLowerCase(Locale.ROOT).contains("password=")) {
      m = Urls.redact(m);
    }
    return m.strip();
  }
}
