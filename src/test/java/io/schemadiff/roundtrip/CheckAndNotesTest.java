package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code check}, {@code notes} and snapshots as sources, on the embedded MySQL and PostgreSQL. */
class CheckAndNotesTest {
  static final String FROM = "fixtures/mysql/app-release/from.sql";
  static final String TO = "fixtures/mysql/app-release/to.sql";
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path temp;

  private static String dev() {
    return TestServers.mysql().admin().jdbcUrl();
  }

  private Cli check(String expected, String actual, String... more) {
    String[] base = {"check", "--expected", expected, "--actual", actual, "--dialect", "mysql", "--dev-url", dev()};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.run(args);
  }

  /** A failed online migration leaves its constraint NOT VALID: that is drift, and the report says which servers it read. */
  @Test
  void constraintLeftNotValidIsDrift() throws Exception {
    Path valid = temp.resolve("valid.sql");
    Path notValid = temp.resolve("not-valid.sql");
    String tables = "CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id int, n int);\n";
    Files.writeString(valid, tables + "ALTER TABLE c ADD CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p (id);\n"
        + "ALTER TABLE c ADD CONSTRAINT c_n_chk CHECK (n > 0);\n");
    Files.writeString(notValid, tables + "ALTER TABLE c ADD CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;\n"
        + "ALTER TABLE c ADD CONSTRAINT c_n_chk CHECK (n > 0) NOT VALID;\n");
    String pg = TestServers.postgres().admin().jdbcUrl();
    Cli r = Cli.run("check", "--expected", valid.toString(), "--actual", notValid.toString(), "--dev-url", pg);
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("different foreign key public.c.c_p_fk: definition expected (p_id) references public.p (id), "
        + "actual (p_id) references public.p (id) not valid"), r.out());
    assertTrue(r.out().contains("different check public.c.c_n_chk"), r.out());
    assertTrue(r.out().contains("  servers:  both read on postgresql 17."), r.out());
    Cli same = Cli.run("check", "--expected", valid.toString(), "--actual", valid.toString(), "--dev-url", pg);
    assertEquals(0, same.exit(), same.out() + same.err());
    assertTrue(same.out().contains("objects compared; both read on postgresql 17."), same.out());
  }

  @Test
  void noDriftExitsZero() throws Exception {
    Path snap = temp.resolve("to.json");
    assertEquals(0, Cli.run("snapshot", TO, "--dialect", "mysql", "--dev-url", dev(), "-o", snap.toString()).exit());
    Cli r = check(snap.toString(), TO);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("schemadiff check: no drift"), r.out());
  }

  @Test
  void driftExitsOneAndJsonReportReadsBack() throws Exception {
    Cli r = check(TO, FROM, "--format", "json");
    assertEquals(1, r.exit(), r.err());
    JsonNode report = JSON.readTree(r.out());
    assertEquals("schemadiff-check", report.get("format").asText());
    assertEquals(1, report.get("version").asInt());
    assertTrue(report.get("drift").asBoolean());
    long total = 0;
    for (String k : new String[] {"missing", "extra", "different"}) {
      total += report.get("counts").get(k).asLong();
    }
    assertEquals(report.get("differences").size(), total);
    for (JsonNode d : report.get("differences")) {
      assertTrue(Set.of("missing", "extra", "different").contains(d.get("status").asText()), d.toString());
      for (String field : new String[] {"kind", "schema", "table", "object", "message"}) {
        assertTrue(d.hasNonNull(field), field + " in " + d);
      }
      for (JsonNode f : d.get("fields")) {
        assertTrue(f.has("name") && f.has("expected") && f.has("actual"), f.toString());
      }
    }
    JsonNode total1 = findByObject(report, "orders.total");
    assertEquals("different", total1.get("status").asText());
    assertEquals("decimal(12,2)", total1.get("fields").get(0).get("expected").asText());
    assertEquals("decimal(10,2)", total1.get("fields").get(0).get("actual").asText());
    assertEquals("missing", findByObject(report, "order_lines").get("status").asText());
  }

  private static JsonNode findByObject(JsonNode report, String object) {
    for (JsonNode d : report.get("differences")) {
      if (d.get("object").asText().equals(object)) {
        return d;
      }
    }
    throw new AssertionError("no difference for " + object);
  }

  @Test
  void junitReportHasAFailedCasePerDriftedTable() throws Exception {
    Cli r = check(TO, FROM, "--format", "junit");
    assertEquals(1, r.exit(), r.err());
    Document doc = validJunit(r.out());
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    int cases = doc.getElementsByTagName("testcase").getLength();
    assertEquals(Integer.parseInt(suite.getAttribute("tests")), cases);
    assertEquals(Integer.parseInt(suite.getAttribute("failures")), doc.getElementsByTagName("failure").getLength());
    assertTrue(Integer.parseInt(suite.getAttribute("failures")) >= 3);
    assertTrue(Double.parseDouble(suite.getAttribute("time")) > 0, suite.getAttribute("time"));
    // One case per table and view on either side: customers, order_lines, orders, products and two views.
    assertEquals(6, cases);
    // Every difference of a table is in its failure's message, one a line, as in the text report.
    String text = check(TO, FROM).out();
    boolean seen = false;
    for (int i = 0; i < cases; i++) {
      Element c = (Element) doc.getElementsByTagName("testcase").item(i);
      if (c.getAttribute("name").equals("table orders")) {
        seen = true;
        String message = ((Element) c.getElementsByTagName("failure").item(0)).getAttribute("message");
        long orders = text.lines().filter(l -> l.matches("  \\w+ [a-z ]+ orders[.:].*")).count();
        assertTrue(orders >= 3, text);
        assertEquals(orders, message.lines().count(), message);
        message.lines().forEach(l -> assertTrue(text.contains("  " + l + "\n"), l));
      }
    }
    assertTrue(seen, r.out());
    validJunit(check(TO, TO, "--format", "junit").out());
  }

  /** A side that cannot be read: the exit code says so, and the JUnit report has a case in error. */
  @Test
  void junitReportOfACheckThatCannotReadASide() throws Exception {
    Path report = temp.resolve("report.xml");
    Cli r = check(TO, "mysql://app:secret-pw@127.0.0.1:1/app", "--format", "junit", "-o", report.toString());
    assertEquals(3, r.exit(), r.err());
    Document doc = validJunit(Files.readString(report));
    Element error = (Element) doc.getElementsByTagName("error").item(0);
    assertEquals("unreachable", error.getAttribute("type"));
    assertTrue(error.getAttribute("message").contains("127.0.0.1:1"), error.getAttribute("message"));
    assertFalse(Files.readString(report).contains("secret-pw"));
    Cli github = check(temp.resolve("missing.sql").toString(), FROM, "--format", "github");
    assertEquals(2, github.exit(), github.err());
    assertTrue(github.out().startsWith("::error title=schemadiff check::cannot check: --expected"), github.out());
  }

  /** The JUnit report, parsed and validated against the JUnit XML schema CI systems read. */
  private static Document validJunit(String xml) throws Exception {
    var schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(CheckAndNotesTest.class.getResource("/junit/junit-report.xsd"));
    schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Each annotation points at the line that defines the object, in the schema file or migration. */
  @Test
  void githubAnnotationsPointAtTheDefiningLine() throws Exception {
    Cli r = check(TO, FROM, "--format", "github");
    assertEquals(1, r.exit(), r.err());
    for (String line : r.out().split("\n")) {
      assertTrue(line.startsWith("::error file=" + TO + ",line="), line);
    }
    assertTrue(r.out().contains("::error file=" + TO + ",line=7,title=schema drift (missing column)::missing column "
        + "customers.marketing_opt_in"), r.out());
    assertTrue(r.out().contains("::error file=" + TO + ",line=40,title=schema drift (missing table)::missing table "
        + "order_lines"), r.out());
    // A snapshot: the line of the object's entry (a column: the line of its name).
    Path snap = temp.resolve("to.json");
    assertEquals(0, Cli.run("snapshot", TO, "--dialect", "mysql", "--dev-url", dev(), "-o", snap.toString()).exit());
    Cli fromSnapshot = check(snap.toString(), FROM, "--format", "github");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("::error file=" + java.util.regex.Pattern.quote(
        snap.toString()) + ",line=(\\d+),title=schema drift \\(missing column\\)::missing column customers\\.marketing_opt_in")
        .matcher(fromSnapshot.out());
    assertTrue(m.find(), fromSnapshot.out());
    assertTrue(Files.readAllLines(snap).get(Integer.parseInt(m.group(1)) - 1).contains("\"marketing_opt_in\""));
    // A migrations folder: the migration that created the object.
    Path dir = Files.createDirectories(temp.resolve("migrations"));
    Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE t (id int PRIMARY KEY);\n");
    Files.writeString(dir.resolve("V2__name.sql"), "\nALTER TABLE t\n  ADD COLUMN name varchar(20);\n");
    Path schema = temp.resolve("schema.sql");
    Files.writeString(schema, "CREATE TABLE t (id int PRIMARY KEY);\n");
    Cli folder = check(dir.toString(), schema.toString(), "--format", "github");
    assertEquals(1, folder.exit(), folder.err());
    assertTrue(folder.out().startsWith("::error file=" + dir.resolve("V2__name.sql") + ",line=3,"), folder.out());
  }

  @Test
  void ignoredTablesDoNotCount() {
    Cli r = check(TO, FROM, "--ignore", "orders", "--ignore", "order_lines,customers,products",
        "--ignore", "paid_orders", "--ignore", "product_*");
    assertEquals(0, r.exit(), r.out() + r.err());
  }

  @Test
  void migrationsFolderInFlywayOrderMatchesItsSnapshot() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("migrations"));
    Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE t (id int PRIMARY KEY);\n");
    Files.writeString(dir.resolve("V2__name.sql"), "ALTER TABLE t ADD COLUMN name varchar(20);\n");
    Files.writeString(dir.resolve("V10__index.sql"), "CREATE INDEX t_name ON t (name);\n");
    Path snap = temp.resolve("expected.json");
    Path schema = temp.resolve("schema.sql");
    Files.writeString(schema, "CREATE TABLE t (id int PRIMARY KEY, name varchar(20), KEY t_name (name));\n");
    assertEquals(0, Cli.run("snapshot", schema.toString(), "--dialect", "mysql", "--dev-url", dev(),
        "-o", snap.toString()).exit());
    Cli r = check(dir.toString(), snap.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
  }

  @Test
  void unreachableDatabaseExitsThreeWithoutThePassword() {
    Cli r = Cli.run("check", "--expected", TO, "--actual", "mysql://app:secret-pw@127.0.0.1:1/app",
        "--dev-url", dev());
    assertEquals(3, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("secret-pw"));
  }

  @Test
  void snapshotOfAnotherVersionIsRefusedWithTheVersionsUnderstood() throws Exception {
    Path snap = temp.resolve("future.json");
    Files.writeString(snap, "{\"format\": \"schemadiff-snapshot\", \"version\": 99, \"dialect\": \"mysql\"}\n");
    Cli r = check(snap.toString(), FROM);
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("version 99") && r.err().contains("reads version " + io.schemadiff.snapshot.Snapshots.VERSION), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void notesJsonReadsBackWithCountsAndAttention() throws Exception {
    Cli r = Cli.run("notes", "--from", FROM, "--to", TO, "--dialect", "mysql", "--dev-url", dev(),
        "--format", "json", "--ddl");
    assertEquals(0, r.exit(), r.err());
    JsonNode notes = JSON.readTree(r.out());
    assertEquals("schemadiff-notes", notes.get("format").asText());
    long total = notes.get("counts").get("added").asLong() + notes.get("counts").get("dropped").asLong()
        + notes.get("counts").get("changed").asLong();
    assertEquals(notes.get("changes").size(), total);
    assertTrue(notes.get("attention").size() > 0, "copying ALTERs are called out");
    assertTrue(notes.get("ddl").asText().contains("+  `currency` char(3)") || notes.get("ddl").asText().contains("currency"));
  }

  /**
   * The Markdown notes, parsed by CommonMark and rendered two ways (HTML and plain text): the
   * headings, a "Needs attention" item per risky step led by its hazard's title with its one
   * sentence, names as code, and nothing else read as markup.
   */
  @Test
  void notesRenderAsMarkdownWithEveryRiskyStep() throws Exception {
    Cli r = Cli.run("notes", "--from", FROM, "--to", TO, "--dialect", "mysql", "--dev-url", dev());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().endsWith(")\n") || r.out().endsWith("`\n"), "ends with one newline");
    org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(r.out());
    String html = org.commonmark.renderer.html.HtmlRenderer.builder().build().render(doc);
    String text = org.commonmark.renderer.text.TextContentRenderer.builder().build().render(doc);
    assertTrue(html.startsWith("<h1>Schema changes</h1>\n"), html);
    assertTrue(html.contains("<h2>Needs attention</h2>\n<ul>\n"), html);
    String attention = html.substring(html.indexOf("<h2>Needs attention</h2>"));
    attention = attention.substring(0, attention.indexOf("</ul>"));
    java.util.Set<String> titles = new java.util.HashSet<>();
    for (io.schemadiff.plan.Hazard h : io.schemadiff.plan.Hazard.values()) {
      titles.add(h.title());
    }
    List<String> items = attention.lines().filter(l -> l.startsWith("<li>")).toList();
    assertFalse(items.isEmpty(), html);
    for (String item : items) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("<li><strong>([^<]+)</strong>: [a-z ]+ <code>[^<]+</code>"
          + " \\(([^()]+(?:\\([^()]*\\)[^()]*)*)\\)</li>").matcher(item);
      assertTrue(m.matches(), item);
      assertTrue(titles.contains(m.group(1)), item);
      io.schemadiff.plan.Hazard h = java.util.Arrays.stream(io.schemadiff.plan.Hazard.values())
          .filter(x -> x.title().equals(m.group(1))).findFirst().orElseThrow();
      assertEquals(h.meaning(), m.group(2), item);
    }
    assertTrue(items.stream().anyMatch(i -> i.contains("<strong>Blocks writes</strong>")), attention);
    // The plain text keeps every name as written: no name lost to markup.
    for (String name : List.of("orders.currency", "order_lines", "products.products_brand_idx", "paid_orders")) {
      assertTrue(text.contains(name), name + "\n" + text);
      assertTrue(html.contains("<code>" + name + "</code>") || html.contains("<code>" + name + "."), name + "\n" + html);
    }
    assertFalse(html.contains("<em>") || html.contains("<a "), html);
  }

  @Test
  void diffDdlFormatShowsAUnifiedDiffPerChangedObject() {
    Cli r = Cli.run("diff", "--from", FROM, "--to", TO, "--dialect", "mysql", "--dev-url", dev(), "--format", "ddl");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("--- a/orders\n+++ b/orders\n"), r.out());
    assertTrue(r.out().contains("--- /dev/null\n+++ b/order_lines\n"), r.out());
    assertTrue(r.out().contains("-  total decimal(10,2) NOT NULL,") && r.out().contains("+  total decimal(12,2) NOT NULL,"),
        r.out());
  }

  @Test
  void postgresSnapshotStandsForItsDatabase() throws Exception {
    Path snap = temp.resolve("pg.json");
    String pgDev = TestServers.postgres().admin().jdbcUrl();
    String to = "fixtures/postgresql/app-release/to.sql";
    assertEquals(0, Cli.run("snapshot", to, "--dev-url", pgDev, "-o", snap.toString()).exit());
    Cli r = Cli.run("check", "--expected", to, "--actual", snap.toString(), "--dev-url", pgDev);
    assertEquals(0, r.exit(), r.out() + r.err());
    Cli drift = Cli.run("check", "--expected", "fixtures/postgresql/app-release/from.sql", "--actual", snap.toString(),
        "--dev-url", pgDev);
    assertEquals(1, drift.exit(), drift.err());
  }
}
