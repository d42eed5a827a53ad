package io.schemadiff.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.schemadiff.source.Jdbc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing silent: for every kind of object and property the PostgreSQL catalogs can hold, a probe
 * adds one to a schema, and the diff must either see it (changes, in both directions) or name it
 * in the "not compared" warning. A second test lists the catalogs that hold schema objects and
 * fails when one has no probe, so a kind cannot be forgotten.
 */
class PostgresCoverageTest {
  @TempDir Path temp;

  /**
   * A probe: a schema without the thing and with it; {@code named}, when set, is an object the
   * warning names on both sides already, whose property the probe changes (a property of an
   * object that is not compared is covered by naming the object).
   */
  record Probe(String without, String with, String named, int since) {}

  private static final String TABLE = "CREATE TABLE t (id integer PRIMARY KEY, a text, n integer, r int4range);\n";
  private static final String ROLE = """
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sd_coverage_reader') THEN
          CREATE ROLE sd_coverage_reader;
        END IF;
      END $$;
      """;
  private static final String TRIGGER_FUNCTION =
      "CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n";
  private static final String PARTITIONED = "CREATE TABLE pt (x integer) PARTITION BY RANGE (x);\n";
  private static final String FOREIGN_SERVER = """
      CREATE FOREIGN DATA WRAPPER sd_coverage_wrapper;
      CREATE SERVER sd_coverage_server FOREIGN DATA WRAPPER sd_coverage_wrapper;
      """;

  /** Keyed by what they cover: a catalog and, where it has them, the kind letter or property. */
  static final Map<String, Probe> PROBES = new LinkedHashMap<>();

  static {
    probe("pg_class relkind r (table)", "", "CREATE TABLE t2 (x integer);");
    probe("pg_class relkind i (index)", TABLE, "CREATE INDEX t_a ON t (a);");
    probe("pg_class relkind S (sequence)", "", "CREATE SEQUENCE s;");
    probe("pg_class relkind v (view)", "", "CREATE VIEW v AS SELECT 1 AS x;");
    probe("pg_class relkind m (materialized view)", "", "CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x;");
    probe("pg_class relkind c (composite type)", "", "CREATE TYPE comp AS (x integer);");
    probe("pg_class relkind f (foreign table)", FOREIGN_SERVER, "CREATE FOREIGN TABLE ft (x integer) SERVER sd_coverage_server;");
    probe("pg_class relkind p (partitioned table)", "", PARTITIONED);
    probe("pg_class relispartition (partition)", PARTITIONED, "CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);");
    probe("pg_class relkind I (partitioned index)", PARTITIONED, "CREATE INDEX pt_x ON pt (x);");
    probe("pg_class relpersistence (unlogged)", "CREATE TABLE u (x integer);", "ALTER TABLE u SET UNLOGGED;");
    probe("pg_class reloptions (table storage parameters)", TABLE, "ALTER TABLE t SET (fillfactor = 70);");
    probe("pg_class reloptions (toast storage parameters)", TABLE, "ALTER TABLE t SET (toast.autovacuum_enabled = false);");
    probe("pg_class reloptions (index storage parameters)", TABLE + "CREATE INDEX t_a ON t (a);",
        "ALTER INDEX t_a SET (fillfactor = 70);");
    probe("pg_class relrowsecurity", TABLE, "ALTER TABLE t ENABLE ROW LEVEL SECURITY;");
    probe("pg_class relforcerowsecurity", TABLE, "ALTER TABLE t FORCE ROW LEVEL SECURITY;");
    probe("pg_class relreplident (replica identity)", TABLE, "ALTER TABLE t REPLICA IDENTITY FULL;");
    probe("pg_class relacl (table privileges)", TABLE + ROLE, "GRANT SELECT ON t TO sd_coverage_reader;");
    probe("pg_class relacl (sequence privileges)", ROLE + "CREATE SEQUENCE s;", "GRANT USAGE ON SEQUENCE s TO sd_coverage_reader;");
    probe("pg_index indisclustered", TABLE + "CREATE INDEX t_a ON t (a);", "ALTER TABLE t CLUSTER ON t_a;");
    probe("pg_inherits (inheritance)", TABLE, "CREATE TABLE child (extra integer) INHERITS (t);");
    probe("pg_attribute attoptions", TABLE, "ALTER TABLE t ALTER COLUMN n SET (n_distinct = 100);");
    probe("pg_attribute attstorage", TABLE, "ALTER TABLE t ALTER COLUMN a SET STORAGE EXTERNAL;");
    probeSince(14, "pg_attribute attcompression", TABLE, "ALTER TABLE t ALTER COLUMN a SET COMPRESSION pglz;");
    probe("pg_attribute attstattarget", TABLE, "ALTER TABLE t ALTER COLUMN n SET STATISTICS 500;");
    probe("pg_attribute attacl (column privileges)", TABLE + ROLE, "GRANT SELECT (a) ON t TO sd_coverage_reader;");
    probe("pg_attribute attcollation", TABLE, "ALTER TABLE t ALTER COLUMN a TYPE text COLLATE \"C\";");
    probe("pg_constraint contype c (check)", TABLE, "ALTER TABLE t ADD CONSTRAINT n_positive CHECK (n > 0);");
    probe("pg_constraint contype f (foreign key)", TABLE + "CREATE TABLE t2 (id integer REFERENCES t);",
        "ALTER TABLE t2 ADD CONSTRAINT t2_t FOREIGN KEY (id) REFERENCES t;");
    probe("pg_constraint contype p (primary key)", "CREATE TABLE t2 (id integer NOT NULL);", "ALTER TABLE t2 ADD PRIMARY KEY (id);");
    probe("pg_constraint contype u (unique)", TABLE, "ALTER TABLE t ADD UNIQUE (a);");
    probe("pg_constraint contype t (constraint trigger)", TABLE + TRIGGER_FUNCTION,
        "CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON t DEFERRABLE FOR EACH ROW EXECUTE FUNCTION tf();");
    probe("pg_constraint contype x (exclusion)", TABLE, "ALTER TABLE t ADD EXCLUDE USING gist (r WITH &&);");
    PROBES.put("pg_constraint condeferrable (primary key)", new Probe("CREATE TABLE t2 (id integer PRIMARY KEY);",
        "CREATE TABLE t2 (id integer PRIMARY KEY DEFERRABLE INITIALLY DEFERRED);", null, 0));
    probe("pg_constraint convalidated (foreign key NOT VALID)", TABLE + "CREATE TABLE t2 (id integer);",
        "ALTER TABLE t2 ADD CONSTRAINT t2_t FOREIGN KEY (id) REFERENCES t NOT VALID;");
    probe("pg_description (constraint comment)", TABLE, "COMMENT ON CONSTRAINT t_pkey ON t IS 'key';");
    probe("pg_description (index comment)", TABLE, "COMMENT ON INDEX t_pkey IS 'key';");
    probe("pg_description (schema comment)", "", "COMMENT ON SCHEMA public IS 'app';");
    probe("pg_description (view comment)", "CREATE VIEW v AS SELECT 1 AS x;", "COMMENT ON VIEW v IS 'one';");
    probe("pg_proc prokind f (function)", "", "CREATE FUNCTION one() RETURNS integer LANGUAGE sql AS 'SELECT 1';");
    probe("pg_proc prokind p (procedure)", "", "CREATE PROCEDURE nothing() LANGUAGE sql AS 'SELECT 1';");
    probe("pg_proc prokind a (aggregate)", "", "CREATE AGGREGATE total (integer) (sfunc = int4pl, stype = integer);");
    probe("pg_proc proacl (function privileges)", ROLE + "CREATE FUNCTION one() RETURNS integer LANGUAGE sql AS 'SELECT 1';",
        "REVOKE EXECUTE ON FUNCTION one() FROM PUBLIC;", "public.one");
    probe("pg_type typtype d (domain)", "", "CREATE DOMAIN positive AS integer CHECK (VALUE > 0);");
    probe("pg_type typtype e (enum)", "", "CREATE TYPE mood AS ENUM ('ok');");
    probe("pg_type typtype r (range)", "", "CREATE TYPE floatrange AS RANGE (subtype = float8);");
    probe("pg_trigger (trigger)", TABLE + TRIGGER_FUNCTION,
        "CREATE TRIGGER touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION tf();");
    probe("pg_trigger tgenabled (disabled trigger)", TABLE + TRIGGER_FUNCTION
        + "CREATE TRIGGER touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION tf();",
        "ALTER TABLE t DISABLE TRIGGER touch;", "public.t.touch");
    probe("pg_policy (policy)", TABLE, "CREATE POLICY mine ON t USING (n > 0);");
    probe("pg_rewrite (rule)", TABLE, "CREATE RULE keep AS ON DELETE TO t DO INSTEAD NOTHING;");
    probe("pg_statistic_ext (extended statistics)", TABLE, "CREATE STATISTICS t_stats ON a, n FROM t;");
    probe("pg_extension (extension)", "", "CREATE EXTENSION btree_gist;");
    probe("pg_operator (operator)", "", "CREATE OPERATOR === (leftarg = integer, rightarg = integer, function = int4eq);");
    probe("pg_opfamily (operator family)", "", "CREATE OPERATOR FAMILY fam USING btree;");
    probe("pg_opclass (operator class)", "",
        "CREATE OPERATOR CLASS int_ops FOR TYPE integer USING btree AS OPERATOR 1 <, OPERATOR 3 =, FUNCTION 1 btint4cmp(integer, integer);");
    probe("pg_collation (collation)", "", "CREATE COLLATION mine FROM \"C\";");
    probe("pg_conversion (conversion)", "", "CREATE CONVERSION latin FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;");
    probe("pg_ts_config (text search configuration)", "", "CREATE TEXT SEARCH CONFIGURATION cfg (COPY = english);");
    probe("pg_ts_dict (text search dictionary)", "", "CREATE TEXT SEARCH DICTIONARY dict (TEMPLATE = simple);");
    // A superuser can build both from the server's own C functions, as an image board's schema does.
    probe("pg_ts_parser (text search parser)", "",
        "CREATE FUNCTION p_start(internal, integer) RETURNS internal LANGUAGE internal STRICT AS 'prsd_start';\n"
        + "CREATE FUNCTION p_token(internal, internal, internal) RETURNS internal LANGUAGE internal STRICT AS 'prsd_nexttoken';\n"
        + "CREATE FUNCTION p_end(internal) RETURNS void LANGUAGE internal STRICT AS 'prsd_end';\n"
        + "CREATE FUNCTION p_lextype(internal) RETURNS internal LANGUAGE internal STRICT AS 'prsd_lextype';\n"
        + "CREATE TEXT SEARCH PARSER prs (START = p_start, GETTOKEN = p_token, END = p_end, LEXTYPES = p_lextype);");
    probe("pg_ts_template (text search template)", "",
        "CREATE FUNCTION t_lexize(internal, internal, internal, internal) RETURNS internal LANGUAGE internal STRICT AS 'dsimple_lexize';\n"
        + "CREATE TEXT SEARCH TEMPLATE tmpl (LEXIZE = t_lexize);");
    probe("pg_default_acl (default privileges)", ROLE,
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO sd_coverage_reader;");
    // Before 15 the public schema grants CREATE to PUBLIC already: both sides name its grants.
    probe("pg_namespace nspacl (schema privileges)", ROLE, "GRANT USAGE ON SCHEMA public TO sd_coverage_reader;",
        "public.public");
  }

  /**
   * Catalogs with schema objects that cannot hold one a schema file could create, and why; every
   * other catalog with a namespace column needs a probe.
   */
  static final Map<String, String> EXEMPT = Map.of();

  private static void probe(String covers, String setup, String added) {
    probe(covers, setup, added, null);
  }

  private static void probe(String covers, String setup, String added, String named) {
    PROBES.put(covers, new Probe(setup + "\n", setup + "\n" + added + "\n", named, 0));
  }

  /** A property older servers do not have (their catalog lacks its column): nothing to cover there. */
  private static void probeSince(int major, String covers, String setup, String added) {
    PROBES.put(covers, new Probe(setup + "\n", setup + "\n" + added + "\n", null, major));
  }

  @TestFactory
  Stream<DynamicTest> everyProbeIsComparedOrNamed() {
    return PROBES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
  }

  private void check(String covers, Probe p) throws Exception {
    if (TestServers.pgVersion() < p.since()) {
      return;
    }
    Path dir = Files.createDirectories(temp.resolve(covers.replaceAll("[^a-z0-9]+", "-")));
    Path without = dir.resolve("without.sql");
    Path with = dir.resolve("with.sql");
    Files.writeString(without, p.without());
    Files.writeString(with, p.with());
    String dev = TestServers.postgres().admin().jdbcUrl();
    for (boolean adding : new boolean[] {true, false}) {
      Path from = adding ? without : with;
      Path to = adding ? with : without;
      Cli r = Cli.run("diff", "--from", from.toString(), "--to", to.toString(), "--dev-url", dev, "--exit-code");
      if (r.exit() == 1 || r.exit() == 4) {
        continue; // compared: the difference is in the migration (or a step is refused for its hazard)
      }
      assertEquals(0, r.exit(), covers + ": " + r.err());
      String side = adding ? "--to: " : "--from: ";
      String other = adding ? "--from: " : "--to: ";
      String named = warning(r.err(), side);
      boolean covered = p.named() != null ? named != null && named.contains(p.named())
          : named != null && !named.equals(warning(r.err(), other));
      assertTrue(covered,
          covers + " (" + (adding ? "added" : "dropped") + "): neither compared nor named as not compared: "
              + r.err());
    }
  }

  /** The warning about one side, without its flag, or null. */
  private static String warning(String err, String side) {
    for (String line : err.split("\n")) {
      String prefix = "schemadiff: warning: " + side + "not compared";
      if (line.startsWith(prefix)) {
        return line.substring(("schemadiff: warning: " + side).length());
      }
    }
    return null;
  }

  /** Each catalog whose rows live in a schema has a probe (or a reason it needs none). */
  @Test
  void everyCatalogWithSchemaObjectsHasAProbe() throws Exception {
    Set<String> catalogs = new TreeSet<>();
    try (Connection c = Jdbc.open(TestServers.postgres().admin(), true);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            SELECT DISTINCT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
            WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'r'
              AND a.attname ~ 'namespace$' AND a.atttypid = 'oid'::regtype""")) {
      while (rs.next()) {
        catalogs.add(rs.getString(1));
      }
    }
    assertTrue(catalogs.contains("pg_class") && catalogs.contains("pg_proc"), catalogs.toString());
    List<String> missing = new ArrayList<>();
    for (String catalog : catalogs) {
      boolean probed = PROBES.keySet().stream().anyMatch(k -> k.startsWith(catalog + " "));
      if (!probed && !EXEMPT.containsKey(catalog)) {
        missing.add(catalog);
      }
    }
    if (!missing.isEmpty()) {
      fail("catalogs with schema objects and no probe: " + missing);
    }
  }
}
