package io.schemadiff.source;

import io.schemadiff.model.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A scratch database to try a migration on before it is written: filled with the current state
 * (its SQL files, or a script that builds it), then given the migration statement by statement,
 * and read back. A statement that fails ends the run with the server's error and where it was.
 */
public final class DryRun implements AutoCloseable {
  private final ScratchServer server;
  private final Endpoint database;
  private final SourceResolver reader;
  private final boolean mysql;

  DryRun(ScratchServer server, SourceResolver reader, boolean mysql) {
    this.server = server;
    this.database = server.createDatabase();
    this.reader = reader;
    this.mysql = mysql;
  }

  /** Loads SQL files, as {@code --from} would be read. */
  public void load(String flag, String argument) {
    List<Path> files = SqlFiles.list(flag, Path.of(argument));
    SqlLoader.load(files, database, mysql);
  }

  /**
   * Runs a script as a client would, statement by statement in one session.
   *
   * @param what names the script in the message, e.g. {@code the migration}
   */
  public void execute(String what, String script) {
    try (Connection c = Jdbc.open(database, false); Statement s = c.createStatement()) {
      s.setEscapeProcessing(false);
      for (SqlScript.Statement st : SqlScript.split(script, mysql)) {
        try {
          s.execute(st.sql());
        } catch (SQLException e) {
          String first = st.sql().strip().lines().findFirst().orElse("");
          throw new SourceException(SourceException.Kind.VERIFY_FAILED, "verify: " + what + " fails at line "
              + st.line() + " (" + (first.length() > 120 ? first.substring(0, 120) + "…" : first) + "): "
              + Jdbc.reason(e), e);
        }
      }
    } catch (SQLException e) {
      throw new SourceException(SourceException.Kind.UNREACHABLE,
          "verify: cannot use the scratch database: " + Jdbc.reason(e), e);
    }
  }

  /** The database as it is now, read like any source. */
  public Schema inspect() {
    return reader.read(database);
  }

  @Override
  public void close() {
    server.dropDatabase(database);
  }
}
