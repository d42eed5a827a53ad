package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 point 3: a source read while DDL runs on it gives a model of one state, or exit 3.
 * A second connection creates and drops tables in a loop, each created whole in one
 * transaction with a foreign key to the one before; every model read meanwhile must hold each
 * table with all its columns and no foreign key to a table it lacks.
 */
class ConsistentReadTest {
  @TempDir Path temp;

  @Test
  void postgresModelsReadUnderDdlAreWholeOrRefused() throws Exception {
    check(false);
  }

  @Test
  void mysqlModelsReadUnderDdlAreWholeOrRefused() throws Exception {
    check(true);
  }

  private void check(boolean mysql) throws Exception {
    Endpoint live = mysql ? TestServers.mysql().createDatabase() : TestServers.postgres().createDatabase();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger rounds = new AtomicInteger();
    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread ddl = new Thread(() -> {
      try (Connection c = Jdbc.open(live, false); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE p_0 (id integer PRIMARY KEY, parent integer, a text, b text)");
        for (int k = 1; !stop.get(); k++) {
          c.setAutoCommit(false);
          s.execute("CREATE TABLE p_" + k + " (id integer PRIMARY KEY, parent integer, a text, b text,"
              + " CONSTRAINT p_" + k + "_parent FOREIGN KEY (parent) REFERENCES p_" + (k - 1) + " (id))");
          if (k > 3) {
            if (mysql) {
              s.execute("ALTER TABLE p_" + (k - 2) + " DROP FOREIGN KEY p_" + (k - 2) + "_parent");
            }
            s.execute("DROP TABLE p_" + (k - 3) + (mysql ? "" : " CASCADE"));
          }
          c.commit();
          c.setAutoCommit(true);
          rounds.incrementAndGet();
        }
      } catch (Exception e) {
        failure.set(e);
      }
    });
    ddl.start();
    int whole = 0;
    int refused = 0;
    try {
      while (rounds.get() < 3) {
        Thread.sleep(20);
      }
      for (int i = 0; i < 12; i++) {
        Path out = temp.resolve("model-" + mysql + "-" + i + ".json");
        String dev = mysql ? TestServers.mysql().admin().jdbcUrl() : MigrateTest.dev();
        Cli r = Cli.run("snapshot", live.jdbcUrl(), "-o", out.toString(), "--dev-url", dev);
        if (r.exit() == 3) {
          assertTrue(r.err().contains("the schema changed while it was read")
              || r.err().contains("which was not read"), r.err());
          refused++;
          continue;
        }
        assertEquals(0, r.exit(), r.err());
        whole++;
        JsonNode model = new ObjectMapper().readTree(Files.readString(out));
        Set<String> tables = new HashSet<>();
        model.get("tables").forEach(t -> tables.add(t.get("name").get("name").asText()));
        for (JsonNode t : model.get("tables")) {
          List<String> columns = new ArrayList<>();
          t.get("columns").forEach(col -> columns.add(col.get("name").asText()));
          assertEquals(List.of("id", "parent", "a", "b"), columns, "a table read half made: " + t);
          for (JsonNode fk : t.get("foreignKeys")) {
            String target = fk.get("referencedTable").get("name").asText();
            if (!tables.contains(target)) {
              fail("a foreign key to a table the model lacks: " + fk);
            }
          }
        }
      }
    } finally {
      stop.set(true);
      ddl.join(30_000);
      if (mysql) {
        TestServers.mysql().dropDatabase(live);
      } else {
        TestServers.postgres().dropDatabase(live);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    assertTrue(rounds.get() > 12, "the DDL loop ran while the models were read: " + rounds.get());
    assertTrue(whole + refused == 12, whole + " whole, " + refused + " refused");
  }
}
