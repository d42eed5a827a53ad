package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Objects schemadiff does not model are named in a warning, never passed over in silence. */
class NotComparedTest {
  @TempDir Path temp;

  @Test
  void postgresWarnsOnStderrAndInTheScriptHeader() throws Exception {
    Path from = temp.resolve("from.sql");
    Path to = temp.resolve("to.sql");
    Files.writeString(from, "CREATE TABLE t (id int PRIMARY KEY);\n");
    Files.writeString(to, """
        CREATE TABLE t (id int PRIMARY KEY, touched timestamptz);
        CREATE STATISTICS t_stats ON id, touched FROM t;
        CREATE RULE t_keep AS ON DELETE TO t DO INSTEAD NOTHING;
        """);
    Cli r = Cli.run("diff", "--from", from.toString(), "--to", to.toString(),
        "--dev-url", TestServers.postgres().admin().jdbcUrl());
    assertEquals(0, r.exit(), r.err());
    String want = "--to: not compared (schemadiff does not model these yet): 1 extended statistics "
        + "(public.t_stats), 1 rule (public.t.t_keep)";
    assertEquals("schemadiff: warning: " + want + "\n", r.err());
    assertTrue(r.out().contains("-- warning: --to: not compared"), r.out());
    assertTrue(r.out().contains("ADD COLUMN touched"), r.out());

    Cli snapshot = Cli.run("snapshot", to.toString(), "--dev-url", TestServers.postgres().admin().jdbcUrl());
    assertEquals(0, snapshot.exit(), snapshot.err());
    assertTrue(snapshot.err().contains("SRC: not compared"), snapshot.err());
    Path snap = temp.resolve("to.json");
    Files.writeString(snap, snapshot.out());
    // The snapshot remembers what it passed over, so a diff against it warns too.
    Cli fromSnap = Cli.run("diff", "--from", from.toString(), "--to", snap.toString(),
        "--dev-url", TestServers.postgres().admin().jdbcUrl());
    assertEquals("schemadiff: warning: " + want + "\n", fromSnap.err());
  }

  /** Notes and drift reports carry the warning too: "no drift" is never said of what was not read. */
  @Test
  void notesAndCheckReportsNameWhatWasNotCompared() throws Exception {
    Path from = temp.resolve("from.sql");
    Path to = temp.resolve("to.sql");
    Files.writeString(from, "CREATE TABLE t (id int PRIMARY KEY);\n");
    Files.writeString(to, "CREATE TABLE t (id int PRIMARY KEY);\n"
        + "CREATE RULE t_keep AS ON DELETE TO t DO INSTEAD NOTHING;\n");
    String dev = TestServers.postgres().admin().jdbcUrl();
    String want = "--to: not compared (schemadiff does not model these yet): 1 rule (public.t.t_keep)";
    Cli notes = Cli.run("notes", "--from", from.toString(), "--to", to.toString(), "--dev-url", dev);
    assertEquals(0, notes.exit(), notes.err());
    // Read as Markdown, the section says the warning word for word.
    org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(notes.out());
    StringBuilder text = new StringBuilder();
    doc.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Text t) {
        text.append(t.getLiteral()).append('\n');
      }
    });
    assertTrue(text.toString().contains("Not compared\n" + want + "\n"), text.toString());
    Cli json = Cli.run("notes", "--from", from.toString(), "--to", to.toString(), "--dev-url", dev, "--format", "json");
    assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("warnings").get(0).asText()
        .equals(want), json.out());

    Cli check = Cli.run("check", "--expected", from.toString(), "--actual", to.toString(), "--dev-url", dev);
    assertEquals(0, check.exit(), check.err());
    assertTrue(check.out().contains("no drift") && check.out().contains("  warning: --actual: not compared"),
        check.out());
    Cli junit = Cli.run("check", "--expected", from.toString(), "--actual", to.toString(), "--dev-url", dev,
        "--format", "junit");
    assertTrue(junit.out().contains("<system-err>--actual: not compared"), junit.out());
    Cli github = Cli.run("check", "--expected", from.toString(), "--actual", to.toString(), "--dev-url", dev,
        "--format", "github");
    assertTrue(github.out().startsWith("::warning title=schemadiff check::--actual: not compared"), github.out());
  }

  @Test
  void mysqlWarnsThatEventStartTimesAreNotCompared() throws Exception {
    Path from = temp.resolve("from.sql");
    Path to = temp.resolve("to.sql");
    Files.writeString(from, "CREATE TABLE t (id int PRIMARY KEY);\n");
    Files.writeString(to, """
        CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL DEFAULT 0);
        CREATE EVENT t_reset ON SCHEDULE EVERY 1 DAY DO UPDATE t SET n = 0;
        """);
    Cli r = Cli.run("diff", "--from", from.toString(), "--to", to.toString(), "--dialect", "mysql",
        "--dev-url", TestServers.mysql().admin().jdbcUrl());
    assertEquals(0, r.exit(), r.err());
    assertEquals("schemadiff: warning: --to: not compared (schemadiff does not model these yet): "
        + "1 start time (STARTS) of event (t_reset)\n", r.err());
  }

  /** A program made under another client character set would be created again under utf8mb4: said, not hidden. */
  @Test
  void mysqlNamesProgramsOfAnotherClientCharacterSet() throws Exception {
    Path from = temp.resolve("from.sql");
    Path to = temp.resolve("to.sql");
    Files.writeString(from, "CREATE TABLE t (id int PRIMARY KEY, n int);\n");
    Files.writeString(to, """
        CREATE TABLE t (id int PRIMARY KEY, n int);
        SET NAMES latin1;
        CREATE TRIGGER t_n BEFORE INSERT ON t FOR EACH ROW SET NEW.n = 1;
        SET NAMES utf8mb4;
        CREATE TRIGGER t_m BEFORE UPDATE ON t FOR EACH ROW SET NEW.n = 2;
        """);
    Cli r = Cli.run("diff", "--from", from.toString(), "--to", to.toString(), "--dialect", "mysql",
        "--dev-url", TestServers.mysql().admin().jdbcUrl());
    assertEquals(0, r.exit(), r.err());
    assertEquals("schemadiff: warning: --to: not compared (schemadiff does not model these yet): "
        + "1 client character set latin1 / latin1_swedish_ci of trigger (t_n)\n", r.err());
  }

  @Test
  void mariaDbNamesSequencesVersioningPartitioningAndProgramsOfAnotherCharacterSet() throws Exception {
    Path from = temp.resolve("from.sql");
    Path to = temp.resolve("to.sql");
    Files.writeString(from, "CREATE TABLE t (id int PRIMARY KEY, n int);\n");
    Files.writeString(to, """
        CREATE TABLE t (id int PRIMARY KEY, n int);
        CREATE SEQUENCE order_numbers START WITH 1000;
        CREATE TABLE prices (id int PRIMARY KEY, amount decimal(10,2)) WITH SYSTEM VERSIONING;
        CREATE TABLE hits (id int PRIMARY KEY) PARTITION BY HASH (id) PARTITIONS 4;
        SET NAMES latin1;
        CREATE TRIGGER t_n BEFORE INSERT ON t FOR EACH ROW SET NEW.n = 1;
        SET NAMES utf8mb4;
        CREATE TRIGGER t_m BEFORE UPDATE ON t FOR EACH ROW SET NEW.n = 2;
        """);
    Cli r = Cli.run("diff", "--from", from.toString(), "--to", to.toString(), "--dialect", "mariadb",
        "--dev-url", TestServers.mariadb("11.4").admin().jdbcUrl());
    assertEquals(0, r.exit(), r.err());
    assertEquals("schemadiff: warning: --to: not compared (schemadiff does not model these yet): "
        + "1 client character set latin1 / latin1_swedish_ci of trigger (t_n), 1 partitioning of table (hits), "
        + "1 sequence (order_numbers), 1 system versioning of table (prices)\n", r.err());
  }
}
