package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.ScratchServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Flyway (13.x) runs a folder that several {@code schemadiff migrate} runs built, on the
 * embedded servers: it migrates, validates with naming validation on, and schemadiff finds no
 * drift between the database and the target after each release. Undo files go to their own
 * folder ({@code --undo-dir}), where Flyway's free edition does not read them.
 */
class FlywayClientTest {
  private static final Path FIXTURES = Path.of("fixtures");

  @TempDir Path temp;

  @Test
  void postgresReleasesMigrateAndValidate() throws Exception {
    releases(TestServers.postgres(), "postgresql", FIXTURES.resolve("postgresql/app-release"));
  }

  @Test
  void mysqlReleasesMigrateAndValidate() throws Exception {
    releases(TestServers.mysql(), "mysql", FIXTURES.resolve("mysql/column-added"));
  }

  /** Why --undo-dir: beside the migrations, Flyway's free edition refuses the undo file's name. */
  @Test
  void undoFileBesideTheMigrationsFailsNamingValidation() throws Exception {
    Path migrations = Files.createDirectory(temp.resolve("beside"));
    Cli m = Cli.run("migrate", "--from", "empty", "--to", FIXTURES.resolve("postgresql/app-release/from.sql").toString(),
        "--dir", migrations.toString(), "-m", "first", "--dev-url", devUrl(TestServers.postgres()));
    assertEquals(0, m.exit(), m.err());
    Endpoint db = TestServers.postgres().createDatabase();
    try {
      Flyway flyway = flyway(db, migrations);
      org.flywaydb.core.api.FlywayException refused =
          org.junit.jupiter.api.Assertions.assertThrows(org.flywaydb.core.api.FlywayException.class, flyway::migrate);
      assertTrue(refused.getMessage().contains("U1__first.sql"), refused.getMessage());
    } finally {
      TestServers.postgres().dropDatabase(db);
    }
  }

  private void releases(ScratchServer server, String dialect, Path fixture) throws Exception {
    Path migrations = Files.createDirectory(temp.resolve("migrations"));
    Path undo = Files.createDirectory(temp.resolve("undo"));
    String dev = devUrl(server);
    List<Path> states = List.of(fixture.resolve("from.sql"), fixture.resolve("to.sql"));
    Endpoint db = server.createDatabase();
    try {
      String previous = "empty";
      int release = 1;
      for (Path state : states) {
        Cli m = Cli.run("migrate", "--from", previous.equals("empty") ? "empty" : migrations.toString(),
            "--to", state.toString(), "--dir", migrations.toString(), "--undo-dir", undo.toString(),
            "-m", "release " + release, "--dialect", dialect, "--dev-url", dev, "--allow-hazards", "all");
        assertEquals(0, m.exit(), m.err());
        Flyway flyway = flyway(db, migrations);
        flyway.migrate();
        ValidateResult valid = flyway.validateWithResult();
        assertTrue(valid.validationSuccessful, String.valueOf(valid.getAllErrorMessages()));
        Cli drift = Cli.run("check", "--expected", state.toString(), "--actual", db.jdbcUrl(), "--dialect", dialect,
            "--dev-url", dev);
        assertEquals(0, drift.exit(), drift.out() + drift.err());
        previous = state.toString();
        release++;
      }
      try (var files = Files.list(undo)) {
        assertEquals(List.of("U1__release_1.sql", "U2__release_2.sql"),
            files.map(p -> p.getFileName().toString()).sorted().toList());
      }
    } finally {
      server.dropDatabase(db);
    }
  }

  private static String devUrl(ScratchServer server) {
    return server instanceof io.schemadiff.source.EmbeddedPostgresServer pg ? pg.admin().jdbcUrl()
        : ((io.schemadiff.source.EmbeddedMySqlServer) server).admin().jdbcUrl();
  }

  static Flyway flyway(Endpoint db, Path migrations) {
    java.util.Properties p = db.properties();
    return Flyway.configure()
        .dataSource(db.jdbcUrl(), p.getProperty("user"), p.getProperty("password", ""))
        .locations("filesystem:" + migrations.toAbsolutePath())
        .validateMigrationNaming(true)
        .cleanDisabled(true)
        .load();
  }
}
