package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MySQL stored programs in migration files: Flyway reads DELIMITER; Liquibase formatted SQL cannot hold them. */
class MySqlProgramsTest {
  static final Path DIR = Path.of("fixtures/mysql/trigger-added");

  @TempDir Path temp;

  static Cli migrate(Path dir, String style) {
    return Cli.run("migrate", "--from", DIR.resolve("from.sql").toString(), "--to", DIR.resolve("to.sql").toString(),
        "--dir", dir.toString(), "--style", style, "-m", "triggers", "--dialect", "mysql",
        "--dev-url", TestServers.mysql().admin().jdbcUrl());
  }

  @Test
  void flywayFilesWrapBodiesInDelimiterLines() throws Exception {
    Cli r = migrate(temp, "flyway");
    assertEquals(0, r.exit(), r.err());
    String forward = Files.readString(temp.resolve("V1__triggers.sql"));
    assertTrue(forward.contains("DELIMITER ;;\nCREATE TRIGGER `orders_check`"), forward);
    assertTrue(forward.contains("\nEND;;\nDELIMITER ;\n"), forward);
  }

  @Test
  void liquibaseIsRefusedAndWritesNothing() throws Exception {
    Cli r = migrate(temp, "liquibase");
    BadInputTest.assertOneLine(r, 2, "stored program", "use --style flyway");
    try (Stream<Path> files = Files.list(temp)) {
      assertEquals(0, files.count());
    }
  }
}
