package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import io.schemadiff.source.ScratchServer;
import io.schemadiff.source.SqlScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-loss gate, proven on the real servers: each case stores edge values of a column's old
 * type, applies the migration schemadiff writes for the new type, and reads the values back in
 * the old type. A value that changed without an error must have been flagged DELETES_DATA; a
 * change flagged with neither DELETES_DATA nor MAY_FAIL_ON_EXISTING_DATA must apply and keep
 * every value.
 */
class DataLossTest {
  private static final Pattern HAZARD = Pattern.compile("(?m)^\\s*-- +hazard (\\w+):");

  /** old type | new type | values (SQL literals, ` ; ` between) [| old prelude | new prelude]. */
  private static final String POSTGRES = """
      character varying(100) | character varying(10) | 'short' ; 'a value longer than ten'
      character(20) | character(5) | 'ab' ; 'abcdefghij'
      text | character varying(5) | 'abc' ; 'abcdefgh'
      numeric(12,2) | numeric(5,0) | 1.25 ; 12345.67 ; -0.5
      numeric(12,2) | numeric(10,2) | 1.25 ; 12345.67
      numeric(10,2) | integer | 1.5 ; 7
      numeric(10,2) | numeric(12,4) | 1.25 ; 99999999.99
      numeric(10,2) | numeric | 1.25 ; -99999999.99
      double precision | real | 0.1 ; 1.0000001 ; 123456789.123
      real | double precision | 0.1 ; 3.4e38 ; -1.5
      timestamp with time zone | date | '2020-01-01 10:30:00+00' ; '1999-12-31 23:59:59+00'
      timestamp(6) without time zone | timestamp(0) without time zone | '2020-01-01 10:00:00.654321'
      timestamp(0) without time zone | timestamp(3) without time zone | '2020-01-01 10:00:01'
      time without time zone | time(0) without time zone | '10:00:00.5'
      bigint | integer | 1 ; 3000000000
      integer | smallint | 1 ; 40000
      integer | bigint | -2147483648 ; 2147483647
      smallint | real | -32768 ; 32767
      integer | double precision | -2147483648 ; 2147483647
      integer | real | 16777217 ; 1
      character varying(10) | text | 'x' ; ''
      character varying(10) | character varying | 'x' ; 'tenletters'
      integer | text | -5 ; 0
      text | integer | '12' ; ' 7' ; '007'
      text | jsonb | '{"b": 1,  "a": 2}'
      boolean | integer | true ; false
      date | timestamp without time zone | '2020-02-29' ; '0001-01-01'
      mood | mood | 'happy' ; 'sad' ; 'ok' | CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok'); | CREATE TYPE mood AS ENUM ('happy', 'sad');
      mood | text | 'happy' ; 'ok' | CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok'); | CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok');
      """;

  private static final String MYSQL = """
      varchar(100) | varchar(10) | 'short' ; 'a value longer than ten'
      char(20) | char(5) | 'ab' ; 'abcdefghij'
      text | varchar(5) | 'abc' ; 'abcdefgh'
      mediumtext | text | 'abc' ; REPEAT('x', 70000)
      decimal(12,2) | decimal(5,0) | 1.25 ; 12345.67 ; -0.5
      decimal(12,2) | decimal(10,2) | 1.25 ; 12345.67
      decimal(10,2) | int | 1.5 ; 7
      decimal(10,2) | decimal(12,4) | 1.25 ; 99999999.99
      double | float | 0.1 ; 1.0000001 ; 123456789.123
      float | double | 0.1 ; -1.5
      datetime | date | '2020-01-01 10:30:00' ; '1999-12-31 23:59:59'
      datetime(6) | datetime | '2020-01-01 10:00:00.654321'
      time(3) | time | '10:00:00.500'
      bigint | int | 1 ; 3000000000
      int | tinyint | 1 ; 400
      int | int unsigned | 1 ; -1
      int | bigint | -2147483648 ; 2147483647
      tinyint | int | -128 ; 127
      varchar(10) | text | 'x' ; ''
      varchar(10) | varchar(20) | 'x' ; 'tenletters'
      int | varchar(20) | -5 ; 0
      varchar(20) | int | '12' ; ' 7' ; '007'
      enum('a','b','c') | enum('a','b') | 'a' ; 'c'
      enum('a','b') | enum('a','b','c') | 'a' ; 'b'
      set('x','y','z') | set('x','y') | 'x' ; 'x,z'
      varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci | varchar(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci | 'plain' ; 'caf\u00e9' ; '\ud83d\ude00'
      varchar(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci | varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci | 'plain' ; 'caf\u00e9'
      varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci | varchar(10) CHARACTER SET ascii COLLATE ascii_general_ci | 'plain' ; 'caf\u00e9'
      """;

  @TempDir Path temp;

  record Case(String from, String to, List<String> values, String fromPrelude, String toPrelude) {
    static List<Case> parse(String table) {
      return table.lines().filter(l -> !l.isBlank()).map(line -> {
        String[] f = line.split(" \\| ", -1);
        return new Case(f[0].strip(), f[1].strip(), Arrays.stream(f[2].split(" ; ")).map(String::strip).toList(),
            f.length > 3 ? f[3].strip() : "", f.length > 4 ? f[4].strip() : "");
      }).toList();
    }

    @Override
    public String toString() {
      return from + " -> " + to;
    }
  }

  /** What happened to the rows when the migration ran. */
  enum Outcome { KEPT, CHANGED, FAILED }

  @TestFactory
  Stream<DynamicTest> postgresql() {
    return Case.parse(POSTGRES).stream().map(c -> DynamicTest.dynamicTest(c.toString(),
        () -> check(c, TestServers.postgres(), "postgresql")));
  }

  @TestFactory
  Stream<DynamicTest> mysql() {
    return Case.parse(MYSQL).stream().map(c -> DynamicTest.dynamicTest(c.toString(),
        () -> check(c, TestServers.mysql(), "mysql")));
  }

  /** The session that runs a MySQL migration may be permissive: the script's own first statement is strict. */
  @Test
  void mysqlMigrationFailsInsteadOfTruncatingInAPermissiveSession() throws Exception {
    ScratchServer server = TestServers.mysql();
    Endpoint db = server.createDatabase();
    try {
      Case c = new Case("varchar(100)", "varchar(10)", List.of("'a value longer than ten'"), "", "");
      Map<Integer, String> before = seed(db, c, true);
      String migration = migration(db, c, true);
      assertTrue(migration.contains("SET SESSION sql_mode = 'STRICT_ALL_TABLES"), migration);
      assertFalse(apply(db, migration, true) == Outcome.KEPT, "the narrowing must fail");
      assertTrue(before.equals(read(db, "c", true)), "the long value must be kept as it was");
    } finally {
      server.dropDatabase(db);
    }
  }

  private void check(Case c, ScratchServer server, String dialect) throws Exception {
    boolean mysql = dialect.equals("mysql");
    Endpoint db = server.createDatabase();
    try {
      Map<Integer, String> before = seed(db, c, mysql);
      String migration = migration(db, c, mysql);
      Set<String> hazards = hazards(migration);
      assertFalse(hazards.isEmpty() && !migration.contains("ALTER"), "no type change planned:\n" + migration);
      Outcome outcome = apply(db, migration, mysql);
      if (outcome == Outcome.KEPT && !before.equals(readBack(db, c, mysql))) {
        outcome = Outcome.CHANGED;
      }
      String seen = c + ": " + outcome + " with hazards " + hazards + "\n" + migration;
      if (outcome == Outcome.CHANGED) {
        assertTrue(hazards.contains("DELETES_DATA"), "values changed without an error, not flagged: " + seen);
      }
      if (!hazards.contains("DELETES_DATA") && !hazards.contains("MAY_FAIL_ON_EXISTING_DATA")) {
        assertTrue(outcome == Outcome.KEPT, "a change flagged safe must keep every value: " + seen);
      }
      System.out.println("data-loss " + dialect + ": " + c + ": " + outcome + " " + hazards);
    } finally {
      server.dropDatabase(db);
    }
  }

  /** Creates {@code t} with the old type and one row per value; returns the values as the old type prints them. */
  private Map<Integer, String> seed(Endpoint db, Case c, boolean mysql) throws SQLException {
    try (Connection conn = Jdbc.open(db, false); Statement s = conn.createStatement()) {
      if (!c.fromPrelude().isEmpty()) {
        s.execute(c.fromPrelude());
      }
      s.execute("CREATE TABLE t (id integer PRIMARY KEY, c " + c.from() + ")");
      for (int i = 0; i < c.values().size(); i++) {
        s.execute("INSERT INTO t (id, c) VALUES (" + i + ", " + c.values().get(i) + ")");
      }
    }
    return read(db, "c", mysql);
  }

  private String migration(Endpoint db, Case c, boolean mysql) throws Exception {
    Path to = temp.resolve("to-" + System.nanoTime() + ".sql");
    Files.writeString(to, (c.toPrelude().isEmpty() ? "" : c.toPrelude() + "\n")
        + "CREATE TABLE t (id integer PRIMARY KEY, c " + c.to() + ");\n", StandardCharsets.UTF_8);
    String dev = mysql ? TestServers.mysql().admin().jdbcUrl() : TestServers.postgres().admin().jdbcUrl();
    Cli r = Cli.run("diff", "--from", db.jdbcUrl(), "--to", to.toString(), "--dev-url", dev,
        "--dialect", mysql ? "mysql" : "postgresql", "--allow-hazards", "all");
    if (r.exit() != 0) {
      fail(c + ": diff exit " + r.exit() + ": " + r.err());
    }
    return r.out();
  }

  private static Set<String> hazards(String migration) {
    Set<String> out = new java.util.TreeSet<>();
    Matcher m = HAZARD.matcher(migration);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** Runs the script as a user would, in a session as permissive as a server may be configured. */
  private static Outcome apply(Endpoint db, String migration, boolean mysql) throws SQLException {
    try (Connection conn = Jdbc.open(db, false); Statement s = conn.createStatement()) {
      s.setEscapeProcessing(false);
      if (mysql) {
        s.execute("SET SESSION sql_mode = ''");
      }
      for (SqlScript.Statement st : SqlScript.split(migration, mysql)) {
        try {
          s.execute(st.sql());
        } catch (SQLException e) {
          return Outcome.FAILED;
        }
      }
    }
    return Outcome.KEPT;
  }

  /** The migrated values converted back to the old type (strictly: a value that cannot go back has changed). */
  private static Map<Integer, String> readBack(Endpoint db, Case c, boolean mysql) throws SQLException {
    try (Connection conn = Jdbc.open(db, false); Statement s = conn.createStatement()) {
      String type = c.from();
      s.execute("ALTER TABLE t ADD COLUMN back " + type);
      if (mysql) {
        s.execute("SET SESSION sql_mode = 'STRICT_ALL_TABLES'");
        s.execute("UPDATE t SET back = c");
      } else {
        s.execute("UPDATE t SET back = c::" + type);
      }
    } catch (SQLException e) {
      return Map.of(-1, "cannot convert back: " + e.getMessage());
    }
    return read(db, "back", mysql);
  }

  private static Map<Integer, String> read(Endpoint db, String column, boolean mysql) throws SQLException {
    Map<Integer, String> out = new LinkedHashMap<>();
    String text = mysql ? "CAST(" + column + " AS CHAR)" : column + "::text";
    try (Connection conn = Jdbc.open(db, false); Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, " + text + " FROM t ORDER BY id")) {
      while (rs.next()) {
        out.put(rs.getInt(1), rs.getString(2));
      }
    }
    return out;
  }
}
