package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.schemadiff.source.EmbeddedPostgresServer;
import io.schemadiff.source.Endpoint;
import io.schemadiff.source.SqlLoader;
import io.schemadiff.source.SqlScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture under fixtures/postgresql, on a real server: the migration matches its golden
 * file, applies cleanly, and leaves a database that schemadiff and the server's own catalog both
 * find identical to the target; the rollback does the same the other way; diff(X, X) is empty.
 *
 * <p>Golden files are rewritten only with {@code -Dschemadiff.updateGoldens=true}; on a mismatch
 * the actual output is written under target/golden-actual for review.
 */
class PostgresRoundTripTest {
  static final Path FIXTURES = Path.of("fixtures", "postgresql");
  static final boolean UPDATE = Boolean.getBoolean("schemadiff.updateGoldens");

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> s = Files.list(FIXTURES)) {
      s.filter(Files::isDirectory).sorted().forEach(cases::add);
    }
    String only = System.getProperty("schemadiff.fixture");
    if (only != null) {
      cases.removeIf(c -> !c.getFileName().toString().matches(only));
      return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> roundTrip(dir)));
    }
    assertTrue(cases.size() >= 30, "expected at least 30 fixtures, found " + cases.size());
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> roundTrip(dir)));
  }

  private void roundTrip(Path dir) throws Exception {
    EmbeddedPostgresServer server = TestServers.postgres();
    String dev = server.admin().jdbcUrl();
    String schemas = schemas(dir);
    Path from = dir.resolve("from.sql");
    Path to = dir.resolve("to.sql");

    Cli forward = Cli.run("diff", "--from", from.toString(), "--to", to.toString(), "--schema", schemas,
        "--dev-url", dev, "--allow-hazards", "all");
    assertEquals(0, forward.exit(), forward.err());
    Cli again = Cli.run("diff", "--from", from.toString(), "--to", to.toString(), "--schema", schemas,
        "--dev-url", dev, "--allow-hazards", "all");
    assertEquals(forward.out(), again.out(), "output must be deterministic");
    golden(dir.resolve("expected.sql"), forward.out());

    Cli backward = Cli.run("diff", "--from", to.toString(), "--to", from.toString(), "--schema", schemas,
        "--dev-url", dev, "--allow-hazards", "all");
    assertEquals(0, backward.exit(), backward.err());

    List<Endpoint> made = new ArrayList<>();
    try {
      Endpoint a = load(server, from, made);
      Endpoint b = load(server, to, made);
      assertConverges("migration", a, b, forward.out(), schemas);
      Endpoint b2 = load(server, to, made);
      Endpoint a2 = load(server, from, made);
      assertConverges("rollback", b2, a2, backward.out(), schemas);
      for (Endpoint x : List.of(a2, b)) {
        Cli self = diffLive(x, x, schemas);
        assertEquals("", self.out(), "diff(X, X) must be empty");
      }
    } finally {
      made.forEach(server::dropDatabase);
    }
  }

  private void assertConverges(String what, Endpoint start, Endpoint target, String migration, String schemas) {
    apply(start, migration, what);
    Cli rediff = diffLive(start, target, schemas);
    assertEquals(0, rediff.exit(), rediff.err());
    assertEquals("", rediff.out(), what + ": re-diff after applying must be empty");
    List<String> names = List.of(schemas.split(","));
    assertEquals(PostgresFingerprint.of(target, names), PostgresFingerprint.of(start, names),
        what + ": server catalog differs after applying");
  }

  private static Cli diffLive(Endpoint from, Endpoint to, String schemas) {
    return Cli.run("diff", "--from", from.jdbcUrl(), "--to", to.jdbcUrl(), "--schema", schemas,
        "--format", "summary", "--allow-hazards", "all");
  }

  private static void apply(Endpoint db, String migration, String what) {
    try (Connection c = io.schemadiff.source.Jdbc.open(db, false); Statement s = c.createStatement()) {
      for (SqlScript.Statement st : SqlScript.split(migration, false)) {
        try {
          s.execute(st.sql());
        } catch (SQLException e) {
          fail(what + " failed at line " + st.line() + ": " + e.getMessage() + "\n" + st.sql());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Endpoint load(EmbeddedPostgresServer server, Path file, List<Endpoint> made) {
    Endpoint db = server.createDatabase();
    made.add(db);
    SqlLoader.load(List.of(file), db, false);
    return db;
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

  static void golden(Path expected, String actual) throws IOException {
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expected)) {
      fail("missing golden file " + expected + " (run with -Dschemadiff.updateGoldens=true to create it)");
    }
    String want = Files.readString(expected, StandardCharsets.UTF_8);
    if (!want.equals(actual)) {
      Path out = Path.of("target", "golden-actual").resolve(expected.getParent().getFileName() + "-" + expected.getFileName());
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
      assertEquals(want, actual, "output differs from " + expected + " (actual written to " + out + ")");
    }
  }
}
