package io.schemadiff.roundtrip;

import io.schemadiff.source.EmbeddedMySqlServer;
import io.schemadiff.source.EmbeddedPostgresServer;
import java.nio.file.Path;

/** One embedded server per dialect for the whole test run (tests share a JVM). */
public final class TestServers {
  private static EmbeddedPostgresServer postgres;
  private static EmbeddedMySqlServer mysql;
  private static final java.util.Map<String, EmbeddedMySqlServer> MARIADB = new java.util.HashMap<>();

  private TestServers() {}

  public static synchronized EmbeddedPostgresServer postgres() {
    if (postgres == null) {
      postgres = EmbeddedPostgresServer.start(Path.of("target", "test-cache"), pgVersion());
      Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
    }
    return postgres;
  }

  /**
   * The PostgreSQL major version the suite runs on: {@code -Dschemadiff.pgVersion=15}; 17, the
   * bundled one, by default. Golden files hold 17's spelling and are checked only there.
   */
  public static int pgVersion() {
    return Integer.getInteger("schemadiff.pgVersion", EmbeddedPostgresServer.BUNDLED_MAJOR);
  }

  public static synchronized EmbeddedMySqlServer mysql() {
    if (mysql == null) {
      mysql = EmbeddedMySqlServer.start(Path.of("target", "test-cache"));
      Runtime.getRuntime().addShutdownHook(new Thread(mysql::close));
    }
    return mysql;
  }

  /** An embedded MariaDB of a series ("11.4"), one per series for the run. */
  public static synchronized EmbeddedMySqlServer mariadb(String series) {
    return MARIADB.computeIfAbsent(series, v -> {
      EmbeddedMySqlServer server = EmbeddedMySqlServer.startMariaDb(Path.of("target", "test-cache"), v);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      return server;
    });
  }
}
