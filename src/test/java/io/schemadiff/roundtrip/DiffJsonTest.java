package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code diff --format json} is the same plan as the SQL script, as data a tool can read back. */
class DiffJsonTest {
  static final String FROM = "fixtures/postgresql/app-release/from.sql";
  static final String TO = "fixtures/postgresql/app-release/to.sql";

  @Test
  void planAsJsonMatchesTheScript() throws Exception {
    String dev = TestServers.postgres().admin().jdbcUrl();
    Cli json = Cli.run("diff", "--from", TO, "--to", FROM, "--format", "json", "--dev-url", dev);
    assertEquals(0, json.exit(), json.err()); // data, not a run: destructive steps are reported, not refused
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertEquals("schemadiff-plan", root.get("format").asText());
    assertEquals(1, root.get("version").asInt());
    assertEquals("postgresql", root.get("dialect").asText());
    assertTrue(root.get("destructive").asBoolean());
    List<String> hazards = new ArrayList<>();
    root.get("hazards").forEach(h -> hazards.add(h.asText()));
    assertTrue(hazards.contains("DELETES_DATA"), hazards.toString());

    Cli sql = Cli.run("diff", "--from", TO, "--to", FROM, "--allow-hazards", "all", "--dev-url", dev);
    assertEquals(0, sql.exit(), sql.err());
    int steps = 0;
    for (JsonNode statement : root.get("statements")) {
      assertFalse(statement.get("steps").isEmpty());
      for (JsonNode step : statement.get("steps")) {
        steps++;
        assertTrue(sql.out().contains("-- " + step.get("comment").asText() + "\n"), step.toString());
      }
      for (JsonNode text : statement.get("sql")) {
        assertTrue(sql.out().contains(text.asText() + "\n"), text.asText());
      }
    }
    java.util.regex.Matcher count = java.util.regex.Pattern.compile("(?m)^-- changes: (\\d+)").matcher(sql.out());
    assertTrue(count.find(), sql.out());
    assertEquals(Integer.parseInt(count.group(1)), steps);
  }
}
