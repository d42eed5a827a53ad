package io.schemadiff.source;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/** Opens connections and turns connection failures into one-line messages. */
public final class Jdbc {
  private Jdbc() {}

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
