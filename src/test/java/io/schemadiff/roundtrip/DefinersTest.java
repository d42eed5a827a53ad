package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** MySQL: the account a view or stored program runs as is compared, or, when asked, left to the migrating account. */
class DefinersTest {
  static final Path DIR = Path.of("fixtures/mysql/definers-kept");

  static Cli diff(String... extra) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("diff", "--from",
        DIR.resolve("from.sql").toString(), "--to", DIR.resolve("to.sql").toString(), "--dialect", "mysql",
        "--dev-url", TestServers.mysql().admin().jdbcUrl()));
    args.addAll(java.util.List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void anotherAccountsDefinerIsComparedAndWritten() {
    Cli r = diff();
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("CREATE DEFINER=ledger@`10.0.0.%` VIEW balances"), r.out());
    assertTrue(r.out().contains("CREATE DEFINER=reporting@`%` PROCEDURE"), r.out());
  }

  @Test
  void ignoreDefinersLeavesThemToTheMigratingAccount() {
    Cli r = diff("--ignore-definers", "--verify");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.out().contains("DEFINER="), r.out());
    assertFalse(r.out().contains("VIEW"), "only the definer of the view differs: " + r.out());
    assertTrue(r.out().contains("CREATE PROCEDURE `total_balance`"), r.out());
  }
}
