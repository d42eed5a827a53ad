package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemadiff.escape.Hostile;
import io.schemadiff.escape.PlainText;
import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import io.schemadiff.source.ScratchServer;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.parser.Parser;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Names, comments, defaults, enum labels and view text from hostile alphabets, on the real
 * servers: the migration (run by the server's own parser) creates exactly the target, the
 * teardown removes exactly it, and a canary table and its row survive both; every report format
 * reads back through a real parser of that format.
 */
abstract class HostileNamesTest {
  /** The eight texts of one case: table, column, two comments, default, enum label, two constants. */
  record Texts(String table, String column, String tableComment, String columnComment, String defaultValue,
      String label, String checkConstant, String viewConstant) {}

  abstract String dialect();

  abstract ScratchServer server();

  /** A name the server accepts as written (length, characters), unique per suffix. */
  abstract String name(String text, String suffix);

  /**
   * Statements that create one group of objects, with names and literals quoted by the server;
   * {@code g} (the group's number) ends every name, so groups never collide.
   */
  abstract List<String> objects(Connection c, Texts t, String g) throws SQLException;

  /** Runs a migration through the real client or the server's own statement parser. */
  abstract void apply(Endpoint db, String migration) throws Exception;

  abstract List<String> scope();

  @Provide
  Arbitrary<Texts> texts() {
    Arbitrary<String> h = Hostile.texts();
    return net.jqwik.api.Combinators.combine(List.of(h, h, h, h, h, h, h, h))
        .as(v -> new Texts(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7)));
  }

  @Provide
  Arbitrary<List<Texts>> groups() {
    return texts().list().ofSize(GROUPS);
  }

  /** Groups of objects per database: each try checks 8 × GROUPS hostile texts. */
  static final int GROUPS = 3;

  @Property(tries = 12, seed = "20261202")
  void hostileTextsRoundTrip(@ForAll("groups") List<Texts> groups) throws Exception {
    ScratchServer server = server();
    List<Endpoint> made = new ArrayList<>();
    try {
      Endpoint start = canary(server, made);
      Endpoint target = canary(server, made);
      try (Connection c = Jdbc.open(target, false); Statement s = c.createStatement()) {
        s.setEscapeProcessing(false);
        for (int g = 0; g < groups.size(); g++) {
          for (String sql : objects(c, groups.get(g), "_" + g)) {
            s.execute(sql);
          }
        }
      }
      String table = name(groups.get(0).table(), "_0");

      Cli forward = diff(start, target, "sql");
      assertEquals(0, forward.exit(), forward.err());
      apply(start, forward.out());
      assertCanary(start);
      assertEquals("", diff(start, target, "summary").out(), "re-diff after the migration must be empty");

      String expectedState = snapshot(target);
      String canaryState = snapshot(canary(server, made));
      reportsReadBack(expectedState, canaryState, table);
      liquibaseHoldsOneChangeset(canaryState, expectedState);

      Endpoint empty = canary(server, made);
      Cli teardown = diff(start, empty, "sql");
      assertEquals(0, teardown.exit(), teardown.err());
      apply(start, teardown.out());
      assertCanary(start);
      assertEquals("", diff(start, empty, "summary").out(), "re-diff after the teardown must be empty");
    } finally {
      made.forEach(server::dropDatabase);
    }
  }

  private Endpoint canary(ScratchServer server, List<Endpoint> made) throws SQLException {
    Endpoint db = server.createDatabase();
    made.add(db);
    try (Connection c = Jdbc.open(db, false); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE canary (id integer PRIMARY KEY, note varchar(20))");
      s.execute("INSERT INTO canary VALUES (1, 'alive')");
    }
    return db;
  }

  private void assertCanary(Endpoint db) throws SQLException {
    try (Connection c = Jdbc.open(db, true); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), max(note) FROM canary")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "the canary row must survive");
      assertEquals("alive", rs.getString(2));
    }
  }

  private Cli diff(Endpoint from, Endpoint to, String format) {
    List<String> args = new ArrayList<>(List.of("diff", "--from", from.jdbcUrl(), "--to", to.jdbcUrl(),
        "--allow-hazards", "all", "--dialect", dialect(), "--format", format));
    args.addAll(scope());
    return Cli.run(args.toArray(String[]::new));
  }

  /** Reports are made from snapshots: each database is read once for all of them. */
  private String snapshot(Endpoint db) throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("schemadiff-hostile-", ".json");
    file.toFile().deleteOnExit();
    List<String> args = new ArrayList<>(List.of("snapshot", db.jdbcUrl(), "-o", file.toString()));
    args.addAll(scope());
    Cli taken = Cli.run(args.toArray(String[]::new));
    assertEquals(0, taken.exit(), taken.err());
    return file.toString();
  }

  private Cli report(String command, String expected, String actual, String format) {
    List<String> args = new ArrayList<>(command.equals("check")
        ? List.of("check", "--expected", expected, "--actual", actual, "--format", format)
        : List.of("notes", "--from", actual, "--to", expected, "--format", format, "--ddl"));
    args.addAll(scope());
    return Cli.run(args.toArray(String[]::new));
  }

  /** The table is missing from the actual side: each format names it, read back by a real parser. */
  private void reportsReadBack(String expected, String actual, String table) throws Exception {
    String qualified = scope().isEmpty() ? table : "public." + table;

    Cli json = report("check", expected, actual, "json");
    assertEquals(1, json.exit(), json.err());
    List<String> objects = new ArrayList<>();
    for (JsonNode d : new ObjectMapper().readTree(json.out()).get("differences")) {
      objects.add(d.get("object").asText());
    }
    assertTrue(objects.contains(table), objects + " should name " + table);

    Cli junit = report("check", expected, actual, "junit");
    assertEquals(1, junit.exit(), junit.err());
    NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(junit.out()))).getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(((org.w3c.dom.Element) cases.item(i)).getAttribute("name"));
    }
    if (xmlSafe(qualified)) {
      assertTrue(names.contains("table " + qualified), names + " should name table " + qualified);
    }

    Cli github = report("check", expected, actual, "github");
    for (String line : github.out().split("\n")) {
      assertTrue(line.matches("(?s)::error (file=[^,:]+,line=[0-9]+,)?title=[^,:]+::.*") || line.startsWith("::notice"),
          "not a workflow command: " + line);
    }

    Cli text = report("check", expected, actual, "text");
    for (String line : text.out().split("\n")) {
      assertTrue(line.startsWith("schemadiff check") || line.startsWith("  "), "a name started a line: " + line);
    }

    Cli notes = report("notes", expected, actual, "markdown");
    assertEquals(0, notes.exit(), notes.err());
    List<String> codes = new ArrayList<>();
    Parser.builder().build().parse(notes.out()).accept(new AbstractVisitor() {
      @Override
      public void visit(Code code) {
        codes.add(code.getLiteral());
      }
    });
    assertTrue(codes.contains(PlainText.line(table)), codes + " should hold " + PlainText.line(table));
  }

  /**
   * A Liquibase changeset is written only when no line of it reads as a directive; otherwise it is
   * refused with a one-line message naming the reason.
   */
  private void liquibaseHoldsOneChangeset(String from, String to) throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("schemadiff-hostile-");
    try {
      Cli m = Cli.run("migrate", "--from", from, "--to", to, "--dir", dir.toString(), "--style", "liquibase");
      if (m.exit() == 2) {
        assertTrue(m.err().startsWith("schemadiff: liquibase: ") && m.err().strip().lines().count() == 1, m.err());
        return;
      }
      assertEquals(0, m.exit(), m.err());
      java.nio.file.Path file;
      try (var files = java.nio.file.Files.list(dir)) {
        file = files.findFirst().orElseThrow();
      }
      long changesets = java.nio.file.Files.readAllLines(file).stream()
          .filter(l -> l.matches("(?i)\\s*--\\s*changeset.*")).count();
      assertEquals(1, changesets, java.nio.file.Files.readString(file));
    } finally {
      try (var files = java.nio.file.Files.list(dir)) {
        for (java.nio.file.Path f : files.toList()) {
          java.nio.file.Files.delete(f);
        }
      }
      java.nio.file.Files.delete(dir);
    }
  }

  private static boolean xmlSafe(String s) {
    return s.chars().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && !Character.isSurrogate((char) c)));
  }

  /** Quotes with the server's own functions, so the test does not reuse the code it checks. */
  static String quoted(Connection c, String query, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /** Names that begin or end with a space or control character are refused (see BadInputTest). */
  static String trimmed(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && blank(text.charAt(start))) {
      start++;
    }
    while (end > start && blank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }

  /** Cuts {@code text} to at most {@code max} units of {@code size} without splitting a character. */
  static String cut(String text, int max, java.util.function.ToIntFunction<String> size) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String next = sb + new String(Character.toChars(cp));
      if (size.applyAsInt(next) > max) {
        break;
      }
      sb.setLength(0);
      sb.append(next);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
