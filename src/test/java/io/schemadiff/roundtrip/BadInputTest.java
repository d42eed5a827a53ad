package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user error: one line on stderr, the right exit code, no stack trace, no password. */
class BadInputTest {
  static final String FROM = "fixtures/postgresql/app-release/from.sql";
  static final String TO = "fixtures/postgresql/app-release/to.sql";
  static EmbeddedPostgres passwordServer;

  @TempDir Path temp;

  String dev() {
    return TestServers.postgres().admin().jdbcUrl();
  }

  /** A server that checks passwords (the shared one trusts everyone). */
  @BeforeAll
  static void startPasswordServer(@TempDir Path dir) throws Exception {
    Path hba = dir.resolve("pg_hba.conf");
    Files.writeString(hba, "local all all trust\nhost all postgres 127.0.0.1/32 trust\n"
        + "host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n");
    passwordServer = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
    try (Connection c = passwordServer.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE ROLE app LOGIN PASSWORD 'right-pw'");
    }
  }

  @AfterAll
  static void stopPasswordServer() throws Exception {
    passwordServer.close();
  }

  static void assertOneLine(Cli r, int code, String... mentions) {
    assertEquals(code, r.exit(), r.err());
    assertEquals("", r.out(), "nothing on stdout for an error");
    String err = r.err().strip();
    assertFalse(err.contains("\n"), "one line expected, got:\n" + err);
    assertTrue(err.startsWith("schemadiff: "), err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    for (String m : mentions) {
      assertTrue(err.contains(m), "message should mention '" + m + "': " + err);
    }
  }

  @Test
  void unknownFlag() {
    assertOneLine(Cli.run("diff", "--frmo", FROM, "--to", TO), 2, "--frmo");
  }

  @Test
  void malformedServerVersion() {
    assertOneLine(Cli.run("diff", "--from", FROM, "--to", TO, "--server-version", "fifteen"), 2,
        "--server-version", "fifteen");
  }

  @Test
  void unknownCommand() {
    assertOneLine(Cli.run("difff"), 2, "difff");
  }

  @Test
  void missingRequiredFlag() {
    assertOneLine(Cli.run("diff", "--from", FROM), 2, "--to");
  }

  @Test
  void missingFile() {
    assertOneLine(Cli.run("diff", "--from", "nope/missing.sql", "--to", TO, "--dev-url", dev()), 2,
        "--from", "nope/missing.sql");
  }

  @Test
  void sqlSyntaxErrorNamesFileAndLine() throws Exception {
    Path bad = temp.resolve("bad.sql");
    Files.writeString(bad, "-- a comment\nCREATE TABLE ok (id int);\n\nCREATE TABLE broken (\n  id int,\n  name txet\n);\n",
        StandardCharsets.UTF_8);
    assertOneLine(Cli.run("diff", "--from", bad.toString(), "--to", TO, "--dev-url", dev()), 2,
        bad + ":6:", "txet");
  }

  @Test
  void partitioningAnExistingTableIsRefused() throws Exception {
    Path from = temp.resolve("plain.sql");
    Path to = temp.resolve("partitioned.sql");
    Files.writeString(from, "CREATE TABLE logs (at date NOT NULL, line text);\n", StandardCharsets.UTF_8);
    Files.writeString(to, "CREATE TABLE logs (at date NOT NULL, line text) PARTITION BY RANGE (at);\n",
        StandardCharsets.UTF_8);
    assertOneLine(Cli.run("diff", "--from", from.toString(), "--to", to.toString(), "--dev-url", dev()), 2,
        "public.logs", "RANGE (at)");
  }

  @Test
  void typeUnderAColumnIsNotDroppedToBeCreatedAgain() throws Exception {
    Path from = temp.resolve("pair-int.sql");
    Path to = temp.resolve("pair-bigint.sql");
    Files.writeString(from, "CREATE TYPE pair AS (a integer, b integer);\nCREATE TABLE t (p pair);\n", StandardCharsets.UTF_8);
    Files.writeString(to, "CREATE TYPE pair AS (a bigint, b integer);\nCREATE TABLE t (p pair);\n", StandardCharsets.UTF_8);
    assertOneLine(Cli.run("diff", "--from", from.toString(), "--to", to.toString(), "--dev-url", dev()), 2,
        "composite type public.pair", "column public.t.p");
  }

  /**
   * A stored generated column calls a function whose arguments change: the function cannot be
   * dropped under it, and the column cannot be emptied and refilled like a default, so no script.
   */
  @Test
  void functionUnderAGeneratedColumnIsNotDroppedToBeCreatedAgain() throws Exception {
    Path from = temp.resolve("dbl-n.sql");
    Path to = temp.resolve("dbl-m.sql");
    Files.writeString(from, "CREATE FUNCTION dbl(n integer) RETURNS integer IMMUTABLE LANGUAGE sql AS 'SELECT n * 2';\n"
        + "CREATE TABLE t (a integer, b integer GENERATED ALWAYS AS (dbl(a)) STORED);\n", StandardCharsets.UTF_8);
    Files.writeString(to, "CREATE FUNCTION dbl(m integer) RETURNS integer IMMUTABLE LANGUAGE sql AS 'SELECT m * 2';\n"
        + "CREATE TABLE t (a integer, b integer GENERATED ALWAYS AS (dbl(a)) STORED);\n", StandardCharsets.UTF_8);
    assertOneLine(Cli.run("diff", "--from", from.toString(), "--to", to.toString(), "--dev-url", dev()), 2,
        "function public.dbl(n integer)", "column public.t.b");
  }

  @Test
  void mysqlSyntaxErrorNamesFileAndLine() throws Exception {
    Path bad = temp.resolve("bad-mysql.sql");
    Files.writeString(bad, "CREATE TABLE ok (id int);\n\nCREATE TABLE broken (\n  id int,\n  name txet\n);\n",
        StandardCharsets.UTF_8);
    assertOneLine(Cli.run("diff", "--from", bad.toString(), "--to", "empty", "--dialect", "mysql",
        "--dev-url", TestServers.mysql().admin().jdbcUrl()), 2, bad + ":5:", "txet");
  }

  @Test
  void mysqlFileOfTwoDatabasesOrWithSourceIsRefused() throws Exception {
    Path two = temp.resolve("two.sql");
    Files.writeString(two, "CREATE DATABASE shop;\nUSE shop;\nCREATE TABLE a (id int);\nUSE blog;\n",
        StandardCharsets.UTF_8);
    assertOneLine(Cli.run("diff", "--from", two.toString(), "--to", "empty", "--dialect", "mysql",
        "--dev-url", TestServers.mysql().admin().jdbcUrl()), 2, two + ":4:", "database shop and then blog");
    Path sourcing = temp.resolve("sourcing.sql");
    Files.writeString(sourcing, "CREATE TABLE a (id int);\nsource tables.sql\n", StandardCharsets.UTF_8);
    assertOneLine(Cli.run("diff", "--from", sourcing.toString(), "--to", "empty", "--dialect", "mysql",
        "--dev-url", TestServers.mysql().admin().jdbcUrl()), 2, sourcing + ":2:", "source is a mysql client command");
  }

  @Test
  void mysqlComparesOneDatabaseWithoutSchemaFlag() {
    assertOneLine(Cli.run("diff", "--from", "mysql://app@127.0.0.1:1/a", "--to", "mysql://app@127.0.0.1:1/b",
        "--schema", "x"), 2, "--schema");
  }

  @Test
  void mysqlUnreachableHost() {
    Cli r = Cli.run("diff", "--from", "mysql://app:secret-pw@127.0.0.1:1/db", "--to", "mysql://app@127.0.0.1:1/db");
    assertOneLine(r, 3, "127.0.0.1:1");
    assertFalse(r.err().contains("secret-pw"));
  }

  @Test
  void serverOfTheOtherFlavourIsRefusedWithTheDialectToUse() {
    // A MariaDB server read as MySQL, and a MySQL server read as MariaDB: exit 3, before any catalog query.
    String maria = TestServers.mariadb("11.4").admin().jdbcUrl();
    assertOneLine(Cli.run("diff", "--from", maria, "--to", "empty"), 3, "MariaDB", "--dialect mariadb");
    String mysql = TestServers.mysql().admin().jdbcUrl();
    assertOneLine(Cli.run("diff", "--from", mysql, "--to", "empty", "--dialect", "mariadb"), 3, "8.0.31",
        "--dialect mysql");
  }

  @Test
  void mariaDbVersionFlagIsChecked() {
    assertOneLine(Cli.run("diff", "--from", FROM, "--to", TO, "--mariadb-version", "10.6", "--dialect", "mariadb"), 2,
        "--mariadb-version", "10.6", "10.11 or 11.4");
    assertOneLine(Cli.run("diff", "--from", FROM, "--to", TO, "--mariadb-version", "11.4"), 2,
        "--mariadb-version", "only for MariaDB");
    assertOneLine(Cli.run("diff", "--from", "mariadb://app@127.0.0.1:1/a", "--to", "postgresql://app@127.0.0.1:1/b"),
        2, "mariadb", "postgresql");
  }

  @Test
  void mixedDialectsAreRefused() {
    assertOneLine(Cli.run("diff", "--from", "mysql://app@127.0.0.1:1/a", "--to", "postgresql://app@127.0.0.1:1/b"),
        2, "mysql", "postgresql");
  }

  @Test
  void unknownSchema() {
    assertOneLine(Cli.run("diff", "--from", FROM, "--to", TO, "--schema", "nosuch", "--dev-url", dev()), 2,
        "--schema", "nosuch");
  }

  @Test
  void unreachableHost() {
    assertOneLine(Cli.run("diff", "--from", "postgresql://app:secret-pw@127.0.0.1:1/db", "--to", TO), 3,
        "127.0.0.1:1");
    assertFalse(Cli.run("diff", "--from", "postgresql://app:secret-pw@127.0.0.1:1/db", "--to", TO, "--verbose")
        .err().contains("secret-pw"), "password must not appear, even with --verbose");
  }

  @Test
  void wrongPassword() {
    String url = "postgresql://app:wrong-pw@127.0.0.1:" + passwordServer.getPort() + "/postgres";
    Cli r = Cli.run("diff", "--from", url, "--to", url);
    assertOneLine(r, 3, "password");
    assertFalse(r.err().contains("wrong-pw"));
  }

  @Test
  void passwordFromEnvironmentWorksAndStaysHidden() {
    String url = "postgresql://app@127.0.0.1:" + passwordServer.getPort() + "/postgres";
    Cli r = Cli.run(Map.of("PGPASSWORD", "right-pw"), "diff", "--from", url, "--to", url);
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.out().contains("right-pw") || r.err().contains("right-pw"));
  }

  @Test
  void unknownDatabase() {
    String url = "postgresql://app:right-pw@127.0.0.1:" + passwordServer.getPort() + "/nosuchdb";
    assertOneLine(Cli.run("diff", "--from", url, "--to", url), 3, "nosuchdb");
  }

  @Test
  void destructivePlanIsRefusedUnlessAllowed() {
    Cli r = Cli.run("diff", "--from", TO, "--to", FROM, "--dev-url", dev());
    assertEquals(4, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("DELETES_DATA") && r.err().contains("drop table public.order_lines"), r.err());
    assertEquals(0, Cli.run("diff", "--from", TO, "--to", FROM, "--dev-url", dev(),
        "--allow-hazards", "DELETES_DATA").exit());
  }

  @Test
  void outputFileInMissingFolderWritesNothing() {
    Path target = temp.resolve("no-such-dir").resolve("m.sql");
    assertOneLine(Cli.run("diff", "--from", FROM, "--to", TO, "--dev-url", dev(), "-o", target.toString()), 2,
        "-o");
    assertFalse(Files.exists(target));
  }

  @Test
  void outputFileAndExitCode() throws Exception {
    Path target = temp.resolve("m.sql");
    Cli r = Cli.run("diff", "--from", FROM, "--to", TO, "--dev-url", dev(), "-o", target.toString(), "--exit-code");
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(target).contains("CREATE TABLE public.order_lines"));
    assertEquals(0, Cli.run("diff", "--from", FROM, "--to", FROM, "--dev-url", dev(), "--exit-code").exit());
  }

  /** SchemaCrawler trims names; one that begins or ends with a space or line break is refused, named. */
  @Test
  void untrimmedNameIsRefused() throws Exception {
    Path file = temp.resolve("untrimmed.sql");
    Files.writeString(file, "CREATE TABLE \"orders\n\" (id int);\nCREATE TABLE ok (id int);\n");
    Cli r = Cli.run("diff", "--from", "empty", "--to", file.toString(), "--dev-url", dev());
    assertOneLine(r, 2, "relation", "public.orders\\n", "begin or end with a space");
  }
}
