package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --schema '*'}: every schema either side has, and none of the server's own. */
class AllSchemasTest {
  @TempDir Path temp;

  @Test
  void comparesEverySchemaOfEitherSide() throws Exception {
    Path a = temp.resolve("a.sql");
    Path b = temp.resolve("b.sql");
    Files.writeString(a, "CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id integer PRIMARY KEY);\n"
        + "CREATE TABLE public.users (id integer PRIMARY KEY);\n", StandardCharsets.UTF_8);
    Files.writeString(b, "CREATE SCHEMA audit;\nCREATE TABLE audit.log (id integer);\n"
        + "CREATE TABLE public.users (id integer PRIMARY KEY, name text);\n", StandardCharsets.UTF_8);
    String dev = TestServers.postgres().admin().jdbcUrl();
    Cli diff = Cli.run("diff", "--from", a.toString(), "--to", b.toString(), "--schema", "*", "--dev-url", dev,
        "--allow-hazards", "all", "--format", "summary");
    assertEquals(0, diff.exit(), diff.err());
    for (String step : new String[] {"drop table billing.invoices", "drop schema billing", "create schema audit",
        "create table audit.log", "add column public.users.name"}) {
      assertTrue(diff.out().contains(step), step + " in:\n" + diff.out());
    }
    assertFalse(diff.out().contains("pg_"), diff.out());
    Cli same = Cli.run("diff", "--from", b.toString(), "--to", b.toString(), "--schema", "*", "--dev-url", dev,
        "--exit-code");
    assertEquals(0, same.exit(), same.out() + same.err());
  }
}
