package io.schemadiff.source;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs SQL files against a scratch database, as psql or the mysql client would; an error names
 * the file and line.
 */
public final class SqlLoader {
  private SqlLoader() {}

  public static void load(List<Path> files, Endpoint database, boolean mysqlSyntax) {
    try (Connection c = Jdbc.open(database, false); Statement s = c.createStatement()) {
      s.setEscapeProcessing(false);
      MySqlFileDatabase own = mysqlSyntax ? new MySqlFileDatabase(c.getCatalog()) : null;
      for (Path file : files) {
        for (SqlScript.Statement st : SqlScript.split(SqlFiles.read(file), mysqlSyntax)) {
          String sql = own == null ? st.sql() : own.statement(file, st);
          if (sql == null) {
            continue;
          }
          try {
            s.execute(sql);
          } catch (SQLException e) {
            throw new SourceException(SourceException.Kind.BAD_INPUT,
                file + ":" + line(st, e) + ": " + Jdbc.reason(e), e);
          }
        }
      }
    } catch (SQLException e) {
      throw new SourceException(SourceException.Kind.UNREACHABLE,
          "cannot load SQL into " + database.display() + ": " + Jdbc.reason(e), e);
    }
  }

  /** The file line of a failed statement's error: PostgreSQL gives a position, MySQL a line. */
  private static int line(SqlScript.Statement st, SQLException e) {
    java.util.regex.Matcher m = MYSQL_LINE.matcher(String.valueOf(e.getMessage()));
    if (m.find()) {
      return st.line() + Integer.parseInt(m.group(1)) - 1;
    }
    return st.lineOf(position(e));
  }

  private static final java.util.regex.Pattern MYSQL_LINE = java.util.regex.Pattern.compile("at line (\\d+)$");

  /** The server's 1-based error position in the statement, or 1 when it gives none. */
  private static int position(SQLException e) {
    if (e instanceof PSQLException p) {
      ServerErrorMessage m = p.getServerErrorMessage();
      if (m != null && m.getPosition() > 0) {
        return m.getPosition();
      }
    }
    return 1;
  }
}
