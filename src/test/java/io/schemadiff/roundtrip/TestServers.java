package io.schemadiff.roundtrip;

import io.schemadiff.source.EmbeddedPostgresServer;
import java.nio.file.Path;

/** One embedded PostgreSQL for the whole test run (tests share a JVM). */
public final class TestServers {
  private static EmbeddedPostgresServer postgres;

  private TestServers() {}

  public static synchronized EmbeddedPostgresServer postgres() {
    if (postgres == null) {
      postgres = EmbeddedPostgresServer.start(Path.of("target", "test-cache"));
      Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
    }
    return postgres;
  }
}
