package io.schemadiff.roundtrip;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.ScratchServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The round trip over fixtures/postgresql; the fingerprint is {@link PostgresFingerprint}. */
class PostgresRoundTripTest extends RoundTrip {
  @Override
  String dialect() {
    return "postgresql";
  }

  @Override
  ScratchServer server() {
    return TestServers.postgres();
  }

  @Override
  String devUrl() {
    return TestServers.postgres().admin().jdbcUrl();
  }

  /**
   * A case whose SQL needs a newer server than the one the suite runs on says so in a comment,
   * {@code -- since-server: 15} (NULLS NOT DISTINCT), and is left out there.
   */
  @Override
  boolean includes(String caseName) {
    Path dir = Path.of("fixtures", dialect(), caseName);
    try {
      for (String file : List.of("from.sql", "to.sql")) {
        for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
          if (line.startsWith("-- since-server:")
              && Integer.parseInt(line.substring("-- since-server:".length()).strip().split("\\D", 2)[0]) > TestServers.pgVersion()) {
            return false;
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return true;
  }

  /**
   * Roles belong to the cluster, not to a database: the cases that grant to one create it if it
   * is missing, which two cases running at once could both try. They are made here first.
   */
  @Override
  void beforeCases(List<Path> cases) throws IOException {
    java.util.Set<String> roles = new java.util.TreeSet<>();
    java.util.regex.Pattern create = java.util.regex.Pattern.compile("CREATE ROLE (\\w+)");
    for (Path dir : cases) {
      for (String file : List.of("from.sql", "to.sql")) {
        java.util.regex.Matcher m = create.matcher(Files.readString(dir.resolve(file)));
        while (m.find()) {
          roles.add(m.group(1));
        }
      }
    }
    try (java.sql.Connection c = io.schemadiff.source.Jdbc.open(TestServers.postgres().admin(), false);
        java.sql.Statement s = c.createStatement()) {
      for (String role : roles) {
        s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role
            + "') THEN CREATE ROLE " + role + "; END IF; END $$");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  List<String> scope(Path dir) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("--schema", schemas(dir)));
    if (Files.readString(dir.resolve("to.sql")).contains("-- options: --privileges")) {
      args.add("--privileges"); // grants are compared only when asked for
    }
    return args;
  }

  @Override
  String fingerprint(Endpoint db, Path dir) throws IOException {
    return PostgresFingerprint.of(db, List.of(schemas(dir).split(",")));
  }

  /** Multi-schema cases name their schemas in a first-line comment: {@code -- schemas: a,b}. */
  static String schemas(Path dir) throws IOException {
    for (String file : List.of("from.sql", "to.sql")) {
      for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
        if (line.startsWith("-- schemas:")) {
          return line.substring("-- schemas:".length()).replace(" ", "");
        }
      }
    }
    return "public";
  }
}
