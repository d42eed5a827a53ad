package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rename}: said renames replace drop-and-add, are checked against both states, and undo. */
class RenameTest {
  static final String FROM = "fixtures/postgresql/rename-table-and-columns/from.sql";
  static final String TO = "fixtures/postgresql/rename-table-and-columns/to.sql";

  @TempDir Path temp;

  static String dev() {
    return TestServers.postgres().admin().jdbcUrl();
  }

  static Cli diff(String... renames) {
    String[] args = new String[renames.length * 2 + 7];
    String[] base = {"diff", "--from", FROM, "--to", TO, "--dev-url", dev()};
    System.arraycopy(base, 0, args, 0, base.length);
    for (int i = 0; i < renames.length; i++) {
      args[base.length + 2 * i] = "--rename";
      args[base.length + 2 * i + 1] = renames[i];
    }
    return Cli.run(args);
  }

  @Test
  void withoutRenamesTheDataLossIsRefused() {
    Cli r = diff();
    assertEquals(4, r.exit(), r.err());
    assertTrue(r.err().contains("drop table public.orders (DELETES_DATA"), r.err());
  }

  @Test
  void renamesKeepTheData() {
    Cli r = diff("table:orders=purchases", "column:purchases.total=amount", "column:public.customers.email=email_address");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.out().contains("DELETES_DATA"), r.out());
    assertTrue(r.out().contains("ALTER TABLE public.orders RENAME TO purchases;"), r.out());
    assertTrue(r.out().contains("ALTER TABLE public.purchases RENAME COLUMN total TO amount;"), r.out());
  }

  @Test
  void aColumnMayBeNamedByItsTablesOldName() {
    Cli r = diff("table:orders=purchases", "column:orders.total=amount", "column:customers.email=email_address");
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void migrateWritesTheInverseRenamesIntoTheUndo() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("m"));
    Cli r = Cli.run("migrate", "--from", FROM, "--to", TO, "--dir", dir.toString(), "-m", "rename orders",
        "--rename", "table:orders=purchases", "--rename", "column:purchases.total=amount",
        "--rename", "column:customers.email=email_address", "--dev-url", dev());
    assertEquals(0, r.exit(), r.err());
    String undo = Files.readString(dir.resolve("U1__rename_orders.sql"));
    assertTrue(undo.contains("ALTER TABLE public.purchases RENAME TO orders;"), undo);
    assertTrue(undo.contains("ALTER TABLE public.orders RENAME COLUMN amount TO total;"), undo);
    assertFalse(undo.contains("DELETES_DATA"), undo);
  }

  @Test
  void badRenamesAreUsageErrors() {
    BadInputTest.assertOneLine(diff("table:nope=purchases"), 2, "--rename table:nope=purchases", "no table public.nope in --from");
    BadInputTest.assertOneLine(diff("table:orders=elsewhere"), 2, "no table public.elsewhere in --to");
    BadInputTest.assertOneLine(diff("column:orders.nope=amount"), 2, "no column public.orders.nope in --from");
    BadInputTest.assertOneLine(diff("column:total=amount"), 2, "name the column with its table");
    BadInputTest.assertOneLine(diff("index:a=b"), 2, "unknown kind 'index'");
    BadInputTest.assertOneLine(diff("orders"), 2, "expected table:OLD=NEW");
  }
}
