package io.schemadiff.roundtrip;

import io.schemadiff.source.EmbeddedMySqlServer;
import io.schemadiff.source.EmbeddedPostgresServer;
import java.nio.file.Path;

/** One embedded server per dialect for the whole test run (tests share a JVM). */
public final class TestServers {
  private static EmbeddedPostgresServer postgres;
  private static EmbeddedMySqlServer mysql;

  private TestServers() {}

  public static synchronized EmbeddedPostgresServer postgres() {
    if (postgres == null) {
      postgres = EmbeddedPostgresServer.start(Path.of("target", "test-cache"));
      Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
    }
    return postgres;
  }

  public static synchronized EmbeddedMySqlServer mysql() {
    if (mysql == null) {
      mysql = EmbeddedMySqlServer.start(Path.of("target", "test-cache"));
      Runtime.getRuntime().addShutdownHook(new Thread(mysql::close));
    }
    return mysql;
  }
}
