package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.SqlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 point 7: {@code --verify} tries the migration on a scratch copy of {@code --from}
 * before writing it. A statement the server refuses, or a result that still differs from
 * {@code --to}, is exit 5 with the statement and the server's error, and nothing is written.
 */
class VerifyTest {
  @TempDir Path temp;

  /** An operator (not modelled) holds on to a function the migration drops: DROP FUNCTION fails. */
  private Path[] blockedDrop() throws Exception {
    Path from = temp.resolve("from.sql");
    Path to = temp.resolve("to.sql");
    Files.writeString(from, """
        CREATE FUNCTION same(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
        CREATE OPERATOR === (leftarg = integer, rightarg = integer, function = same);
        CREATE TABLE t (id integer PRIMARY KEY);
        """);
    Files.writeString(to, "CREATE TABLE t (id integer PRIMARY KEY);\n");
    return new Path[] {from, to};
  }

  @Test
  void aMigrationTheServerRefusesIsNotWritten() throws Exception {
    Path[] files = blockedDrop();
    Path out = temp.resolve("out.sql");
    Cli r = Cli.run("diff", "--from", files[0].toString(), "--to", files[1].toString(), "--verify",
        "-o", out.toString(), "--dev-url", MigrateTest.dev());
    assertEquals(5, r.exit(), r.err());
    assertTrue(r.err().contains("schemadiff: verify: the migration fails at line ")
        && r.err().contains("(DROP FUNCTION public.same(integer, integer)): ERROR: cannot drop function"), r.err());
    assertFalse(Files.exists(out), "nothing is written");

    Cli unverified = Cli.run("diff", "--from", files[0].toString(), "--to", files[1].toString(),
        "--dev-url", MigrateTest.dev());
    assertEquals(0, unverified.exit(), "without --verify the script is written: " + unverified.err());
  }

  @Test
  void migrateVerifiesByDefaultAndWritesNoFileWhenItFails() throws Exception {
    Path[] files = blockedDrop();
    Path dir = Files.createDirectories(temp.resolve("migrations"));
    Cli r = Cli.run("migrate", "--from", files[0].toString(), "--to", files[1].toString(), "--dir", dir.toString(),
        "--dev-url", MigrateTest.dev());
    assertEquals(5, r.exit(), r.err());
    assertTrue(r.err().contains("verify: the migration fails at line"), r.err());
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(0, left.count(), "no migration file is written");
    }
    Cli skipped = Cli.run("migrate", "--from", files[0].toString(), "--to", files[1].toString(), "--dir",
        dir.toString(), "--dev-url", MigrateTest.dev(), "--no-verify");
    assertEquals(0, skipped.exit(), skipped.err());
  }

  @Test
  void aMigrationThatAppliesAndMatchesIsWritten() throws Exception {
    Path out = temp.resolve("out.sql");
    Cli r = Cli.run("diff", "--from", MigrateTest.FROM.toString(), "--to", MigrateTest.TO.toString(), "--verify",
        "-o", out.toString(), "--dev-url", MigrateTest.dev(), "--timings");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("timing: verify: "), r.err());
    assertTrue(Files.readString(out).contains("ALTER TABLE"), Files.readString(out));
  }

  /** A live source has no files: its model's own DDL builds the copy, which must read back the same. */
  @Test
  void aLiveSourceIsRebuiltFromItsModelOnBothServers() throws Exception {
    for (boolean mysql : new boolean[] {false, true}) {
      String dialect = mysql ? "mysql" : "postgresql";
      Path from = Path.of("fixtures", dialect, "app-release", "from.sql");
      Path to = Path.of("fixtures", dialect, "app-release", "to.sql");
      Endpoint live = mysql ? TestServers.mysql().createDatabase() : TestServers.postgres().createDatabase();
      try {
        SqlLoader.load(List.of(from), live, mysql);
        String dev = mysql ? TestServers.mysql().admin().jdbcUrl() : MigrateTest.dev();
        Cli r = Cli.run("diff", "--from", live.jdbcUrl(), "--to", to.toString(), "--verify", "--dev-url", dev,
            "--allow-hazards", "all", "--timings");
        assertEquals(0, r.exit(), dialect + ": " + r.err());
        assertTrue(r.err().contains("timing: verify: "), r.err());
      } finally {
        if (mysql) {
          TestServers.mysql().dropDatabase(live);
        } else {
          TestServers.postgres().dropDatabase(live);
        }
      }
    }
  }
}
