package io.schemadiff.roundtrip;

import static io.schemadiff.roundtrip.BadInputTest.assertOneLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller trust points: files as people have them, outputs as the system would make them. */
class SmallerPointsTest {
  static final String FROM = BadInputTest.FROM;
  static final String TO = BadInputTest.TO;

  @TempDir Path temp;

  static String dev() {
    return TestServers.postgres().admin().jdbcUrl();
  }

  @Test
  void sqlFileWithAByteOrderMarkLoads() throws Exception {
    Path bom = temp.resolve("bom.sql");
    Files.writeString(bom, "\uFEFFCREATE TABLE t (id integer);\n", StandardCharsets.UTF_8);
    Cli r = Cli.run("diff", "--from", "empty", "--to", bom.toString(), "--dev-url", dev(), "--format", "summary");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("create table public.t"), r.out());
  }

  @Test
  void snapshotOfAnotherShapeIsOneLine() throws Exception {
    Path snap = temp.resolve("snap.json");
    assertEquals(0, Cli.run("snapshot", FROM, "-o", snap.toString(), "--dev-url", dev()).exit());
    String good = Files.readString(snap);
    Path bad = temp.resolve("bad.json");
    Files.writeString(bad, good.replaceFirst("\"tables\"\\s*:\\s*\\[", "\"tables\": [ 7, "));
    assertOneLine(Cli.run("diff", "--from", bad.toString(), "--to", TO, "--dev-url", dev()), 2,
        "--from", "bad.json", "not a valid schemadiff snapshot", "tables[0]");
  }

  @Test
  void snapshotListingATableTwiceIsRefused() throws Exception {
    Path snap = temp.resolve("snap.json");
    assertEquals(0, Cli.run("snapshot", FROM, "-o", snap.toString(), "--dev-url", dev()).exit());
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(snap.toFile());
    com.fasterxml.jackson.databind.node.ArrayNode tables = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("tables");
    tables.add(tables.get(0).deepCopy());
    Path twice = temp.resolve("twice.json");
    json.writeValue(twice.toFile(), root);
    assertOneLine(Cli.run("diff", "--from", twice.toString(), "--to", TO, "--dev-url", dev()), 2,
        "--from", "twice.json", "twice");
  }

  /** The folder is checked first: no server is asked (here one that is not there) before it fails. */
  @Test
  void missingOutputFolderIsReportedBeforeAnyWork() {
    Cli r = Cli.run("diff", "--from", "postgresql://nobody@127.0.0.1:1/none", "--to", "empty",
        "-o", temp.resolve("no/such/dir/m.sql").toString());
    assertOneLine(r, 2, "-o", "no such folder");
  }

  /** Written like any new file (the umask decides), not readable by the owner alone. */
  @Test
  void outputFileModeFollowsTheUmask() throws Exception {
    Path plain = temp.resolve("plain.txt");
    Files.writeString(plain, "x");
    Path out = temp.resolve("m.sql");
    assertEquals(0, Cli.run("diff", "--from", FROM, "--to", TO, "--dev-url", dev(), "-o", out.toString()).exit());
    assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }

  @Test
  void verboseShowsCausesNotLibraryChatter() {
    Cli r = Cli.run("diff", "--from", FROM, "--to", TO, "--dev-url", dev(), "--verbose", "--format", "summary");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().lines().count() < 10, "stderr:\n" + r.err());
  }
}
