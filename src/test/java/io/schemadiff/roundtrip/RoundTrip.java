package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import io.schemadiff.source.ScratchServer;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture of a dialect, on a real server: the migration matches its golden file, applies
 * cleanly, and leaves a database that schemadiff and the server's own catalog both find identical
 * to the target; the rollback does the same the other way; diff(X, X) is empty.
 *
 * <p>Golden files are rewritten only with {@code -Dschemadiff.updateGoldens=true}; on a mismatch
 * the actual output is written under target/golden-actual for review. {@code -Dschemadiff.fixture=REGEX}
 * runs only the cases whose name matches.
 */
abstract class RoundTrip {
  static final boolean UPDATE = Boolean.getBoolean("schemadiff.updateGoldens");

  abstract String dialect();

  abstract ScratchServer server();

  /** The server's scratch databases are reached through this admin URL as {@code --dev-url}. */
  abstract String devUrl();

  /** Extra flags for a case (PostgreSQL: its schemas). */
  abstract List<String> scope(Path dir) throws IOException;

  /** The server's own description of every object, written independently of the inspector. */
  abstract String fingerprint(Endpoint db, Path dir) throws IOException;

  /** Flags added to every diff of a fixture's files (a variant of the suite, e.g. --online). */
  List<String> variantFlags() {
    return List.of();
  }

  /** The golden file of a case; a variant keeps its own. */
  String goldenName() {
    return "expected.sql";
  }

  /** The cases this suite runs, and how many there must be at least. */
  boolean includes(String caseName) {
    return true;
  }

  int minimumCases() {
    return 30;
  }

  /** Server-wide objects the cases share, made once before they run side by side. */
  void beforeCases(List<Path> cases) throws IOException {}

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    Path root = Path.of("fixtures", dialect());
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      s.filter(Files::isDirectory).sorted().forEach(cases::add);
    }
    cases.removeIf(c -> !includes(c.getFileName().toString()));
    String only = System.getProperty("schemadiff.fixture");
    if (only != null) {
      cases.removeIf(c -> !c.getFileName().toString().matches(only));
    } else {
      assertTrue(cases.size() >= minimumCases(), "expected at least " + minimumCases() + " fixtures, found "
          + cases.size());
    }
    // Cases are independent (each makes its own scratch databases), and one case spends much of
    // its time waiting on the server: running a few at once uses both cores.
    int threads = Integer.getInteger("schemadiff.roundTripThreads", 3);
    beforeCases(cases);
    if (threads <= 1) {
      return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> roundTrip(dir)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> running = new ArrayList<>();
    for (Path dir : cases) {
      running.add(pool.submit(() -> {
        roundTrip(dir);
        return null;
      }));
    }
    pool.shutdown();
    return java.util.stream.IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(
        cases.get(i).getFileName().toString(), () -> awaitCase(running.get(i))));
  }

  /** The case's own failure, as if it had run on the test's thread. */
  private static void awaitCase(Future<?> result) throws Throwable {
    try {
      result.get();
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private void roundTrip(Path dir) throws Exception {
    ScratchServer server = server();
    Path from = dir.resolve("from.sql");
    Path to = dir.resolve("to.sql");

    Cli forward = diffFiles(dir, from, to);
    assertEquals(0, forward.exit(), forward.err());
    assertEquals(forward.out(), diffFiles(dir, from, to).out(), "output must be deterministic");
    golden(dir.resolve(goldenName()), forward.out());
    Cli backward = diffFiles(dir, to, from);
    Path refused = dir.resolve("refused-backward.txt");
    if (Files.exists(refused)) {
      // The way back cannot be written: refused with the message, the way there still holds.
      assertEquals(2, backward.exit(), backward.out());
      assertEquals(Files.readString(refused).strip(), backward.err().strip());
      oneWay(server, from, to, forward, dir);
      return;
    }
    assertEquals(0, backward.exit(), backward.err());

    List<Endpoint> made = new ArrayList<>();
    try {
      Endpoint a = load(server, from, made);
      Endpoint b = load(server, to, made);
      assertConverges("migration", a, b, forward.out(), dir);
      Endpoint b2 = load(server, to, made);
      Endpoint a2 = load(server, from, made);
      assertConverges("rollback", b2, a2, backward.out(), dir);
      for (Endpoint x : List.of(a2, b)) {
        Cli self = diffLive(x, x, dir);
        assertEquals("", self.out(), "diff(X, X) must be empty");
      }
      assertSnapshotsHold(b, dir);
      assertPlanIgnoresChangeOrder(a2, b, dir);
    } finally {
      made.forEach(server::dropDatabase);
    }
  }

  private void oneWay(ScratchServer server, Path from, Path to, Cli forward, Path dir) throws Exception {
    List<Endpoint> made = new ArrayList<>();
    try {
      assertConverges("migration", load(server, from, made), load(server, to, made), forward.out(), dir);
    } finally {
      made.forEach(server::dropDatabase);
    }
  }

  /**
   * A snapshot of the database reads back to the same bytes, and stands for the database:
   * diff(live, snapshot) is empty. A fixture with notes.md also checks the release notes.
   */
  private void assertSnapshotsHold(Endpoint db, Path dir) throws IOException {
    Path snap = Files.createTempFile("schemadiff-", ".json");
    Path again = Files.createTempFile("schemadiff-", ".json");
    try {
      List<String> args = new ArrayList<>(List.of("snapshot", db.jdbcUrl(), "--dialect", dialect(), "-o", snap.toString()));
      args.addAll(scope(dir));
      Cli taken = Cli.run(args.toArray(String[]::new));
      assertEquals(0, taken.exit(), taken.err());
      List<String> reread = new ArrayList<>(List.of("snapshot", snap.toString(), "-o", again.toString()));
      reread.addAll(scope(dir));
      assertEquals(0, Cli.run(reread.toArray(String[]::new)).exit());
      assertEquals(Files.readString(snap), Files.readString(again), "snapshot → load → snapshot must be identical");
      List<String> diff = new ArrayList<>(List.of("diff", "--from", db.jdbcUrl(), "--to", snap.toString(),
          "--format", "summary"));
      diff.addAll(scope(dir));
      Cli d = Cli.run(diff.toArray(String[]::new));
      assertEquals(0, d.exit(), d.err());
      assertEquals("", d.out(), "diff(live, its snapshot) must be empty");
    } finally {
      Files.deleteIfExists(snap);
      Files.deleteIfExists(again);
    }
    Path notes = dir.resolve("notes.md");
    if (Files.exists(notes)) {
      List<String> args = new ArrayList<>(List.of("notes", "--from", dir.resolve("from.sql").toString(),
          "--to", dir.resolve("to.sql").toString(), "--dialect", dialect(), "--dev-url", devUrl()));
      args.addAll(scope(dir));
      Cli n = Cli.run(args.toArray(String[]::new));
      assertEquals(0, n.exit(), n.err());
      golden(notes, n.out());
    }
  }

  /** The real changes of the case, shuffled before planning, give the same plan every time. */
  private void assertPlanIgnoresChangeOrder(Endpoint from, Endpoint to, Path dir) throws IOException {
    io.schemadiff.model.Schema before = snapshot(from, dir);
    io.schemadiff.model.Schema after = snapshot(to, dir);
    io.schemadiff.dialect.Dialect d = io.schemadiff.dialect.Dialect.load(dialect());
    List<io.schemadiff.diff.Change> changes = new io.schemadiff.diff.SchemaDiffer(d.diffRules()).diff(before, after);
    io.schemadiff.plan.Planner planner = new io.schemadiff.plan.Planner(d.hazardRules(), d.planRules());
    io.schemadiff.plan.Plan expected = planner.plan(changes, before);
    java.util.Random random = new java.util.Random(dir.getFileName().toString().hashCode());
    for (int round = 0; round < 5; round++) {
      List<io.schemadiff.diff.Change> shuffled = new ArrayList<>(changes);
      java.util.Collections.shuffle(shuffled, random);
      assertEquals(expected, planner.plan(shuffled, before), "plan must not depend on the order of changes");
    }
  }

  private io.schemadiff.model.Schema snapshot(Endpoint db, Path dir) throws IOException {
    Path file = Files.createTempFile("schemadiff-", ".json");
    try {
      List<String> args = new ArrayList<>(List.of("snapshot", db.jdbcUrl(), "--dialect", dialect(), "-o", file.toString()));
      args.addAll(scope(dir));
      Cli taken = Cli.run(args.toArray(String[]::new));
      assertEquals(0, taken.exit(), taken.err());
      return io.schemadiff.snapshot.Snapshots.read("snapshot", file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Diffs two fixture files. Renames that lead to a file's state are said in it, one per line:
   * {@code -- rename: table:orders=purchases} (so to.sql and from.sql hold inverse renames); the
   * server the SQL is written for in a line {@code -- server-version: 15}.
   */
  private Cli diffFiles(Path dir, Path from, Path to) throws IOException {
    List<String> args = new ArrayList<>(List.of("diff", "--from", from.toString(), "--to", to.toString(),
        "--dialect", dialect(), "--dev-url", devUrl(), "--allow-hazards", "all"));
    args.addAll(scope(dir));
    args.addAll(variantFlags());
    for (String line : Files.readAllLines(to, StandardCharsets.UTF_8)) {
      if (line.startsWith("-- rename:")) {
        args.addAll(List.of("--rename", line.substring("-- rename:".length()).strip()));
      }
      if (line.startsWith("-- server-version:")) { // the SQL is written for an older server
        args.addAll(List.of("--server-version", line.substring("-- server-version:".length()).strip()));
      }
    }
    return Cli.run(args.toArray(String[]::new));
  }

  private Cli diffLive(Endpoint from, Endpoint to, Path dir) throws IOException {
    List<String> args = new ArrayList<>(List.of("diff", "--from", from.jdbcUrl(), "--to", to.jdbcUrl(),
        "--dialect", dialect(), "--format", "summary", "--allow-hazards", "all"));
    args.addAll(scope(dir));
    return Cli.run(args.toArray(String[]::new));
  }

  private void assertConverges(String what, Endpoint start, Endpoint target, String migration, Path dir)
      throws IOException {
    apply(start, migration, what, dir);
    Cli rediff = diffLive(start, target, dir);
    assertEquals(0, rediff.exit(), rediff.err());
    assertEquals("", rediff.out(), what + ": re-diff after applying must be empty");
    assertEquals(fingerprint(target, dir), fingerprint(start, dir), what + ": server catalog differs after applying");
  }

  private void apply(Endpoint db, String migration, String what, Path dir) throws IOException {
    try (Connection c = Jdbc.open(db, false); Statement s = c.createStatement()) {
      s.setEscapeProcessing(false);
      if (dialect().equals("postgresql")) {
        // Flyway and psql users run migrations with their own search_path: with nothing but
        // pg_catalog on it, any name the migration leaves unqualified fails here. A fixture whose
        // own function bodies name tables unqualified says which path they are called with.
        s.execute("SET search_path TO " + searchPath(dir));
      }
      for (SqlScript.Statement st : SqlScript.split(migration, !dialect().equals("postgresql"))) {
        try {
          s.execute(st.sql());
        } catch (SQLException e) {
          fail(what + " failed at line " + st.line() + ": " + e.getMessage() + "\n" + st.sql() + "\n\n" + migration);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code -- applied-with-search-path: public} in to.sql, else pg_catalog alone. */
  private static String searchPath(Path dir) throws IOException {
    for (String line : Files.readAllLines(dir.resolve("to.sql"), StandardCharsets.UTF_8)) {
      if (line.startsWith("-- applied-with-search-path:")) {
        return line.substring("-- applied-with-search-path:".length()).strip().split("\\s+")[0];
      }
    }
    return "pg_catalog";
  }

  private Endpoint load(ScratchServer server, Path file, List<Endpoint> made) {
    Endpoint db = server.createDatabase();
    made.add(db);
    SqlLoader.load(List.of(file), db, !dialect().equals("postgresql"));
    return db;
  }

  static void golden(Path expected, String actual) throws IOException {
    if (TestServers.pgVersion() != io.schemadiff.source.EmbeddedPostgresServer.BUNDLED_MAJOR) {
      return; // another server spells views and defaults its own way; the round trip still holds
    }
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
