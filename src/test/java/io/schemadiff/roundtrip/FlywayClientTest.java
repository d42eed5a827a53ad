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

  /**
   * An {@code --online} release has steps that cannot run in a transaction: it is written as
   * parts, each all in a transaction or all outside one (with its {@code .sql.conf}), which
   * Flyway runs in order once its lock holds no transaction; the next release follows them.
   */
  @Test
  @org.junit.jupiter.api.Timeout(300)
  void onlineReleaseRunsAsPartsUnderFlyway() throws Exception {
    Path fixture = FIXTURES.resolve("postgresql/app-release");
    Path third = temp.resolve("release-3.sql");
    Files.writeString(third, Files.readString(fixture.resolve("to.sql"))
        .replace("'People who can place orders'", "'People who order'"));
    Path migrations = Files.createDirectory(temp.resolve("migrations"));
    Path undo = Files.createDirectory(temp.resolve("undo"));
    String dev = devUrl(TestServers.postgres());
    Endpoint db = TestServers.postgres().createDatabase();
    try {
      List<Path> states = List.of(fixture.resolve("from.sql"), fixture.resolve("to.sql"), third);
      String previous = "empty";
      for (int release = 1; release <= states.size(); release++) {
        Path state = states.get(release - 1);
        Cli m = Cli.run("migrate", "--from", previous, "--to", state.toString(), "--dir", migrations.toString(),
            "--undo-dir", undo.toString(), "-m", "release " + release, "--dev-url", dev, "--allow-hazards", "all",
            "--online");
        assertEquals(0, m.exit(), m.err());
        var config = Flyway.configure()
            .dataSource(db.jdbcUrl(), db.properties().getProperty("user"), db.properties().getProperty("password", ""))
            .locations("filesystem:" + migrations.toAbsolutePath())
            .validateMigrationNaming(true)
            .cleanDisabled(true);
        // flyway.postgresql.transactional.lock=false, as the README says.
        config.getConfigurationExtension(org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension.class)
            .setTransactionalLock(false);
        Flyway flyway = config.load();
        flyway.migrate();
        ValidateResult valid = flyway.validateWithResult();
        assertTrue(valid.validationSuccessful, String.valueOf(valid.getAllErrorMessages()));
        Cli drift = Cli.run("check", "--expected", state.toString(), "--actual", db.jdbcUrl(), "--dev-url", dev);
        assertEquals(0, drift.exit(), drift.out() + drift.err());
        previous = migrations.toString();
      }
      try (var files = Files.list(migrations)) {
        assertEquals(List.of("V1__release_1.sql", "V2.1__release_2_non_transactional.sql",
            "V2.1__release_2_non_transactional.sql.conf", "V2.2__release_2_continued.sql", "V2__release_2.sql",
            "V3__release_3.sql"), files.map(p -> p.getFileName().toString()).sorted().toList());
      }
      assertEquals("executeInTransaction=false", Files.readAllLines(
          migrations.resolve("V2.1__release_2_non_transactional.sql.conf")).get(1));
      assertTrue(Files.exists(undo.resolve("U2.1__release_2_non_transactional.sql.conf")));
      try (var c = io.schemadiff.source.Jdbc.open(db, true); var st = c.createStatement();
          var rs = st.executeQuery("SELECT string_agg(version, ' ' ORDER BY installed_rank) FROM flyway_schema_history")) {
        assertTrue(rs.next());
        assertEquals("1 2 2.1 2.2 3", rs.getString(1));
      }
    } finally {
      TestServers.postgres().dropDatabase(db);
    }
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
