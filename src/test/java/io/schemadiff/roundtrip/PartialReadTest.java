package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 point 4: a MySQL account that cannot see the whole database is refused (exit 3, naming
 * the privilege it needs), since the tables it cannot see would look dropped; --allow-partial
 * reads what it sees and names the rest as not compared. (PostgreSQL's catalogs show every
 * object to every account, so a PostgreSQL read is never partial.)
 */
class PartialReadTest {
  @Test
  void anAccountThatSeesSomeTablesIsRefusedUnlessPartialIsAllowed() throws Exception {
    Endpoint db = TestServers.mysql().createDatabase();
    String name = db.jdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
    URI admin = URI.create(TestServers.mysql().admin().jdbcUrl().substring("jdbc:".length()));
    try (Connection c = Jdbc.open(db, false); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE seen (id int PRIMARY KEY)");
      s.execute("CREATE TABLE hidden (id int PRIMARY KEY)");
      s.execute("CREATE TRIGGER stamp BEFORE INSERT ON seen FOR EACH ROW SET NEW.id = NEW.id");
      for (String user : new String[] {"sd_tables", "sd_notrigger", "sd_whole"}) {
        s.execute("DROP USER IF EXISTS '" + user + "'@'%'");
        s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'pw'");
      }
      s.execute("GRANT SELECT ON `" + name + "`.seen TO 'sd_tables'@'%'");
      s.execute("GRANT SELECT ON `" + name + "`.* TO 'sd_notrigger'@'%'");
      s.execute("GRANT SELECT, SHOW VIEW, TRIGGER, EVENT ON `" + name + "`.* TO 'sd_whole'@'%'");
    }
    try {
      Cli tables = read("sd_tables", admin, name, false);
      assertEquals(3, tables.exit(), tables.err());
      assertTrue(tables.err().contains("holds privileges on single tables of " + name)
          && tables.err().contains("grant it SELECT on `" + name + "`.*")
          && tables.err().contains("--allow-partial"), tables.err());

      Cli partial = read("sd_tables", admin, name, true);
      assertEquals(0, partial.exit(), partial.err());
      assertTrue(partial.err().contains("not compared") && partial.err().contains("tables it holds no privilege on"),
          partial.err());
      assertTrue(partial.out().contains("seen") && !partial.out().contains("hidden"), partial.out());

      Cli triggers = read("sd_notrigger", admin, name, false);
      assertEquals(3, triggers.exit(), triggers.err());
      assertTrue(triggers.err().contains("lacks the TRIGGER privilege"), triggers.err());

      Cli whole = read("sd_whole", admin, name, false);
      assertEquals(0, whole.exit(), whole.err());
      assertFalse(whole.err().contains("hidden from the account"), whole.err());
      assertTrue(whole.out().contains("hidden"), whole.out());
    } finally {
      TestServers.mysql().dropDatabase(db);
      try (Connection c = Jdbc.open(TestServers.mysql().admin(), false); Statement s = c.createStatement()) {
        for (String user : new String[] {"sd_tables", "sd_notrigger", "sd_whole"}) {
          s.execute("DROP USER IF EXISTS '" + user + "'@'%'");
        }
      }
    }
  }

  /** The database, read by {@code user}, against empty: the tables it sees are in the migration. */
  private static Cli read(String user, URI admin, String database, boolean allowPartial) {
    String url = "mysql://" + user + ":pw@" + admin.getHost() + ":" + admin.getPort() + "/" + database
        + "?useSSL=false&allowPublicKeyRetrieval=true";
    return allowPartial
        ? Cli.run("diff", "--from", "empty", "--to", url, "--allow-partial", "--format", "summary",
            "--dev-url", TestServers.mysql().admin().jdbcUrl())
        : Cli.run("diff", "--from", "empty", "--to", url, "--format", "summary",
            "--dev-url", TestServers.mysql().admin().jdbcUrl());
  }
}
