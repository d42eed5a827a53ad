package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate} on a real server: the file it adds takes the folder to the target state, its
 * rollback takes it back, and a second run finds nothing to do.
 */
class MigrateTest {
  static final Path FROM = Path.of("fixtures/postgresql/app-release/from.sql");
  static final Path TO = Path.of("fixtures/postgresql/app-release/to.sql");

  @TempDir Path temp;

  static String dev() {
    return TestServers.postgres().admin().jdbcUrl();
  }

  static List<String> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static Cli check(Path expected, Path actual) {
    return Cli.run("check", "--expected", expected.toString(), "--actual", actual.toString(), "--dev-url", dev());
  }

  @Test
  void flywayMigrationAndUndoConverge() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("migrations"));
    Files.copy(FROM, dir.resolve("V1__init.sql"));
    Cli r = Cli.run("migrate", "--from", dir.toString(), "--to", TO.toString(), "--dir", dir.toString(),
        "-m", "Release 2: orders", "--dev-url", dev());
    assertEquals(0, r.exit(), r.err());
    assertEquals(dir.resolve("V2__release_2_orders.sql") + "\n" + dir.resolve("U2__release_2_orders.sql") + "\n",
        r.out());
    assertEquals(List.of("U2__release_2_orders.sql", "V1__init.sql", "V2__release_2_orders.sql"), files(dir));

    // The folder (V1, V2; the undo file is not run) now builds the target.
    assertEquals(0, check(TO, dir).exit(), check(TO, dir).out());
    // V1, V2, then the undo: back where it started.
    Path undone = Files.createDirectory(temp.resolve("undone"));
    Files.copy(dir.resolve("V1__init.sql"), undone.resolve("V1__init.sql"));
    Files.copy(dir.resolve("V2__release_2_orders.sql"), undone.resolve("V2__release_2_orders.sql"));
    Files.copy(dir.resolve("U2__release_2_orders.sql"), undone.resolve("V3__undo.sql"));
    Cli back = check(FROM, undone);
    assertEquals(0, back.exit(), back.out());

    Cli again = Cli.run("migrate", "--from", dir.toString(), "--to", TO.toString(), "--dir", dir.toString(),
        "--dev-url", dev());
    assertEquals(0, again.exit(), again.err());
    assertEquals("", again.out());
    assertEquals("schemadiff: no changes; nothing written\n", again.err());
    assertEquals(3, files(dir).size());
  }

  @Test
  void liquibaseChangesetCarriesItsRollback() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("changelog"));
    Cli r = Cli.run("migrate", "--from", "empty", "--to", TO.toString(), "--dir", dir.toString(),
        "--style", "liquibase", "-m", "Initial schema", "--dev-url", dev());
    assertEquals(0, r.exit(), r.err());
    Path file = dir.resolve("0001-initial-schema.sql");
    assertEquals(file + "\n", r.out());
    String text = Files.readString(file);
    assertTrue(text.startsWith("--liquibase formatted sql\n\n--changeset schemadiff:0001-initial-schema\n"
        + "--comment: Initial schema\n"), text);
    assertTrue(text.contains("\n--rollback DROP TABLE public.orders;\n"), text);
    assertEquals(0, check(TO, dir).exit());

    // The changeset followed by its rollback statements leaves an empty schema.
    String rollback = text.lines().filter(l -> l.startsWith("--rollback "))
        .map(l -> l.substring("--rollback ".length())).collect(Collectors.joining("\n"));
    Path undone = Files.createDirectory(temp.resolve("undone"));
    Files.writeString(undone.resolve("V1__changeset.sql"), text);
    Files.writeString(undone.resolve("V2__rollback.sql"), rollback + "\n");
    Cli back = Cli.run("check", "--expected", "empty", "--actual", undone.toString(), "--dev-url", dev());
    assertEquals(0, back.exit(), back.out());
  }

  @Test
  void destructiveMigrationIsRefusedAndWritesNothing() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("migrations"));
    Cli r = Cli.run("migrate", "--from", TO.toString(), "--to", FROM.toString(), "--dir", dir.toString(),
        "--dev-url", dev());
    assertEquals(4, r.exit(), r.err());
    assertTrue(r.err().contains("DELETES_DATA"), r.err());
    assertEquals(List.of(), files(dir));
  }

  @Test
  void badFolderAndStyleAreUsageErrors() {
    Cli noDir = Cli.run("migrate", "--from", FROM.toString(), "--to", TO.toString(), "--dir",
        temp.resolve("missing").toString());
    BadInputTest.assertOneLine(noDir, 2, "--dir", "missing");
    Cli style = Cli.run("migrate", "--from", FROM.toString(), "--to", TO.toString(), "--dir", temp.toString(),
        "--style", "alembic");
    BadInputTest.assertOneLine(style, 2, "--style", "alembic");
    Cli undoLiquibase = Cli.run("migrate", "--from", FROM.toString(), "--to", TO.toString(), "--dir", temp.toString(),
        "--style", "liquibase", "--no-undo");
    BadInputTest.assertOneLine(undoLiquibase, 2, "--no-undo", "flyway");
    Cli undoMissing = Cli.run("migrate", "--from", FROM.toString(), "--to", TO.toString(), "--dir", temp.toString(),
        "--undo-dir", temp.resolve("nowhere").toString());
    BadInputTest.assertOneLine(undoMissing, 2, "--undo-dir", "nowhere");
  }

  @Test
  void noUndoWritesTheMigrationAlone() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("only"));
    Cli r = Cli.run("migrate", "--from", "empty", "--to", FROM.toString(), "--dir", dir.toString(), "-m", "init",
        "--no-undo", "--dev-url", dev());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("V1__init.sql"), files(dir));
  }

  /**
   * The undo files of a migration written in parts are planned from the states a scratch run
   * passes through: without one, they are refused unless left out.
   */
  @Test
  void partsNeedTheScratchRunForTheirUndo() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("parts"));
    Files.copy(FROM, dir.resolve("V1__init.sql"));
    Cli refused = Cli.run("migrate", "--from", dir.toString(), "--to", TO.toString(), "--dir", dir.toString(),
        "--online", "--no-verify", "--allow-hazards", "all", "--dev-url", dev());
    BadInputTest.assertOneLine(refused, 2, "--no-verify", "3 files", "--no-undo");
    assertEquals(List.of("V1__init.sql"), files(dir));
    Cli liquibase = Cli.run("migrate", "--from", FROM.toString(), "--to", TO.toString(), "--dir", dir.toString(),
        "--online", "--no-verify", "--allow-hazards", "all", "--style", "liquibase", "--dev-url", dev());
    BadInputTest.assertOneLine(liquibase, 2, "--no-verify", "4 changesets");
    Cli written = Cli.run("migrate", "--from", dir.toString(), "--to", TO.toString(), "--dir", dir.toString(),
        "--online", "--no-verify", "--no-undo", "--allow-hazards", "all", "-m", "two", "--dev-url", dev());
    assertEquals(0, written.exit(), written.err());
    assertEquals(List.of("V1__init.sql", "V2.1__two_non_transactional.sql", "V2.1__two_non_transactional.sql.conf",
        "V2.2__two_continued.sql", "V2__two.sql"), files(dir));
    // A script configuration already there is not replaced, and no part is written before that is known.
    Path other = Files.createDirectory(temp.resolve("conf-there"));
    Files.copy(FROM, other.resolve("V1__init.sql"));
    Files.writeString(other.resolve("V2.1__two_non_transactional.sql.conf"), "# the user's own\n");
    Cli kept = Cli.run("migrate", "--from", other.toString(), "--to", TO.toString(), "--dir", other.toString(),
        "--online", "--no-verify", "--no-undo", "--allow-hazards", "all", "-m", "two", "--dev-url", dev());
    BadInputTest.assertOneLine(kept, 2, "V2.1__two_non_transactional.sql.conf", "not replaced");
    assertEquals(List.of("V1__init.sql", "V2.1__two_non_transactional.sql.conf"), files(other));
    assertEquals("# the user's own\n", Files.readString(other.resolve("V2.1__two_non_transactional.sql.conf")));
  }

  /** The file's bytes (Flyway's checksum) depend on the change, not on where the folders are. */
  @Test
  void headerRecordsSourcesRelativeToTheFolder() throws Exception {
    List<String> texts = new java.util.ArrayList<>();
    for (Path root : List.of(temp.resolve("a"), temp.resolve("b/deeper/checkout"))) {
      Path dir = Files.createDirectories(root.resolve("db/migrations"));
      Files.copy(FROM, dir.resolve("V1__init.sql"));
      Files.copy(TO, root.resolve("db/schema.sql"));
      Cli r = Cli.run("migrate", "--from", dir.toString(), "--to", root.resolve("db/schema.sql").toString(),
          "--dir", dir.toString(), "-m", "release", "--dev-url", dev());
      assertEquals(0, r.exit(), r.err());
      texts.add(Files.readString(dir.resolve("V2__release.sql")) + Files.readString(dir.resolve("U2__release.sql")));
    }
    assertEquals(texts.get(0), texts.get(1));
    assertTrue(texts.get(0).contains("-- from:    .\n-- to:      ../schema.sql\n"), texts.get(0));

    Path bare = Files.createDirectory(temp.resolve("bare"));
    Cli r = Cli.run("migrate", "--from", "empty", "--to", FROM.toString(), "--dir", bare.toString(), "-m", "init",
        "--no-source-header", "--dev-url", dev());
    assertEquals(0, r.exit(), r.err());
    String text = Files.readString(bare.resolve("V1__init.sql"));
    assertTrue(!text.contains("-- from:") && !text.contains("-- to:"), text);
  }
}
