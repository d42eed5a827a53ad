package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 point 8: a run killed with SIGKILL leaves nothing that stops the next one. The
 * embedded server it left running is stopped and its data directory taken over; the scratch
 * databases it left on a --dev-url server are dropped by a later run, while those of a run that
 * is still alive stay.
 */
class CrashRecoveryTest {
  @TempDir Path temp;

  @Test
  void serverOfAKilledRunIsStoppedAndTheNextRunWorks() throws Exception {
    Path slow = temp.resolve("slow.sql");
    Files.writeString(slow, "CREATE TABLE t (id integer);\nSELECT pg_sleep(120);\n");
    Path cache = temp.resolve("cache");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.schemadiff.cli.Main",
        "diff", "--from", slow.toString(), "--to", "empty");
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.redirectErrorStream(true).redirectOutput(temp.resolve("killed.log").toFile());
    Process run = pb.start();
    Path pidFile = cache.resolve("schemadiff").resolve("postgresql-data").resolve("postmaster.pid");
    long serverPid = -1;
    for (int i = 0; i < 1200 && serverPid < 0; i++) {
      // Killed once the server is up and the file is loading (the sleep holds it there).
      if (Files.exists(pidFile) && Files.readAllLines(pidFile).size() >= 8
          && Files.readAllLines(pidFile).get(7).strip().equals("ready")) {
        serverPid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
      } else {
        Thread.sleep(100);
      }
    }
    assertTrue(serverPid > 0, "the embedded server never came up: " + Files.readString(temp.resolve("killed.log")));
    Thread.sleep(1500);
    run.destroyForcibly();
    assertTrue(run.waitFor(30, TimeUnit.SECONDS));
    ProcessHandle orphan = ProcessHandle.of(serverPid).orElseThrow();
    assertTrue(orphan.isAlive(), "the killed run's server should still be running before the next run");

    try {
      Cli next = Cli.run(Map.of("XDG_CACHE_HOME", cache.toString()), "diff",
          "--from", "empty", "--to", "fixtures/postgresql/app-release/from.sql");
      assertEquals(0, next.exit(), next.err());
      assertTrue(next.out().contains("CREATE TABLE"), next.out());
      assertTrue(orphan.onExit().get(30, TimeUnit.SECONDS) != null);
      assertFalse(orphan.isAlive());
    } finally {
      if (orphan.isAlive()) {
        orphan.destroy();
      }
    }
  }

  @Test
  void scratchDatabasesOfDeadRunsAreDroppedOnADevServer() throws Exception {
    checkLeftovers(TestServers.postgres().admin(), false);
  }

  @Test
  void scratchDatabasesOfDeadRunsAreDroppedOnAMySqlDevServer() throws Exception {
    checkLeftovers(TestServers.mysql().admin(), true);
  }

  /**
   * Three databases of ours: an old one nobody holds (a dead run's), an old one a live run holds
   * (a long run), and a new one nobody holds yet (a run between creating and keeping it).
   */
  private void checkLeftovers(Endpoint admin, boolean mysql) throws Exception {
    long old = System.currentTimeMillis() / 1000 - 3600;
    String dead = "schemadiff_" + old + "_00000000000dead1";
    String alive = "schemadiff_" + old + "_0000000000a11fe1";
    String fresh = "schemadiff_" + System.currentTimeMillis() / 1000 + "_000000000f7e5401";
    List<String> ours = List.of(dead, alive, fresh);
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      for (String name : ours) {
        s.execute(mysql ? "CREATE DATABASE `" + name + "`" : "CREATE DATABASE \"" + name + "\"");
      }
    }
    Connection holder = Jdbc.open(admin.withDatabase(alive), false);
    try {
      if (mysql) {
        try (Statement s = holder.createStatement()) {
          s.execute("SELECT GET_LOCK('" + alive + "', 0)");
        }
      }
      Path file = temp.resolve("one.sql");
      Files.writeString(file, "CREATE TABLE one (id integer PRIMARY KEY);\n");
      List<String> args = new ArrayList<>(List.of("diff", "--from", "empty", "--to", file.toString(),
          "--dev-url", admin.jdbcUrl()));
      if (mysql) {
        args.addAll(List.of("--dialect", "mysql"));
      }
      Cli r = Cli.run(args.toArray(String[]::new));
      assertEquals(0, r.exit(), r.err());
      List<String> left = databases(admin, mysql);
      assertFalse(left.contains(dead), "a dead run's database is dropped: " + left);
      assertTrue(left.contains(alive), "a live run's database stays: " + left);
      assertTrue(left.contains(fresh), "a database newer than the grace time stays: " + left);
      assertTrue(left.stream().noneMatch(n -> n.startsWith("schemadiff_") && !ours.contains(n)),
          "the run drops its own database: " + left);
    } finally {
      holder.close();
      try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
        for (String name : ours) {
          s.execute(mysql ? "DROP DATABASE IF EXISTS `" + name + "`" : "DROP DATABASE IF EXISTS \"" + name + "\"");
        }
      }
    }
  }

  private static List<String> databases(Endpoint admin, boolean mysql) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(mysql ? "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"
            : "SELECT datname FROM pg_database")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
