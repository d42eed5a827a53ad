package io.schemadiff.roundtrip;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent description of a database, written apart from the inspector: one line per
 * object from the server's own deparse functions. Two databases that migrate correctly have equal
 * fingerprints; column order and object ids are left out because a migration cannot match them.
 */
final class PostgresFingerprint {
  private static final String[] QUERIES = {
      """
      -- initdb's comment on public is a fresh database's (schemadiff reads it as none).
      SELECT 'schema ' || n.nspname || ' comment=' || coalesce(nullif(obj_description(n.oid, 'pg_namespace'),
             CASE WHEN n.nspname = 'public' THEN 'standard public schema' END), '-')
      FROM pg_namespace n WHERE n.nspname = ANY (?)
      """,
      """
      SELECT 'table ' || n.nspname || '.' || c.relname || ' kind=' || c.relkind::text
             || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '-')
             || ' persistence=' || c.relpersistence::text || ' replident=' || c.relreplident::text
             || ' options=' || coalesce(array_to_string(c.reloptions, ','), '-')
             || ' toast=' || coalesce((SELECT array_to_string(tc.reloptions, ',') FROM pg_class tc
                                       WHERE tc.oid = c.reltoastrelid), '-')
             || ' partkey=' || coalesce(pg_get_partkeydef(c.oid), '-')
             || ' bound=' || coalesce(pg_get_expr(c.relpartbound, c.oid), '-')
             || ' parents=' || coalesce((SELECT string_agg(h.inhparent::regclass::text, ',' ORDER BY h.inhseqno)
                                         FROM pg_inherits h WHERE h.inhrelid = c.oid), '-')
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'S') AND n.nspname = ANY (?)
      """,
      """
      SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname
             || ' type=' || format_type(a.atttypid, a.atttypmod)
             || ' notnull=' || a.attnotnull
             || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '-')
             || ' identity=' || a.attidentity::text || ' generated=' || a.attgenerated::text
             || ' collation=' || coalesce(co.collname, '-')
             || ' comment=' || coalesce(col_description(c.oid, a.attnum), '-')
             || ' storage=' || a.attstorage::text || ' compression=' || coalesce(to_jsonb(a) ->> 'attcompression', '-')
             || ' statistics=' || coalesce(to_jsonb(a) ->> 'attstattarget', '-')
             || ' attoptions=' || coalesce(array_to_string(ARRAY(SELECT o FROM unnest(a.attoptions) o
                                                                 WHERE o NOT LIKE 'pg\\_%'), ','), '-')
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      LEFT JOIN pg_collation co ON co.oid = a.attcollation
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v') AND n.nspname = ANY (?)
      """,
      """
      SELECT 'enum ' || n.nspname || '.' || t.typname || ' '
             || coalesce((SELECT string_agg(quote_literal(e.enumlabel), ',' ORDER BY e.enumsortorder)
                          FROM pg_enum e WHERE e.enumtypid = t.oid), '')
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'e' AND n.nspname = ANY (?)
      """,
      """
      SELECT 'view ' || n.nspname || '.' || c.relname
             || ' options=' || coalesce(array_to_string(c.reloptions, ','), '-')
             || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '-')
             || ' query=' || pg_get_viewdef(c.oid, false)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'v' AND n.nspname = ANY (?)
      """,
      """
      SELECT 'materialized view ' || n.nspname || '.' || c.relname
             || ' populated=' || c.relispopulated
             || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '-')
             || ' columns=' || coalesce((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ',' ORDER BY a.attnum)
                                         FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '-')
             || ' query=' || pg_get_viewdef(c.oid, false)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'm' AND n.nspname = ANY (?)
      """,
      """
      SELECT 'row security ' || n.nspname || '.' || c.relname || ' enabled=' || c.relrowsecurity
             || ' forced=' || c.relforcerowsecurity
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
      """,
      """
      SELECT 'policy ' || p.schemaname || '.' || p.tablename || '.' || p.policyname || ' ' || p.permissive
             || ' ' || p.cmd || ' roles=' || array_to_string(ARRAY(SELECT unnest(p.roles) ORDER BY 1), ',')
             || ' using=' || coalesce(p.qual, '-') || ' check=' || coalesce(p.with_check, '-')
             || ' comment=' || coalesce(obj_description(po.oid, 'pg_policy'), '-')
      FROM pg_policies p
      JOIN pg_namespace n ON n.nspname = p.schemaname
      JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = p.tablename
      JOIN pg_policy po ON po.polrelid = c.oid AND po.polname = p.policyname
      WHERE p.schemaname = ANY (?)
      """,
      """
      SELECT 'constraint ' || n.nspname || '.' || c.relname || '.' || con.conname
             || ' ' || pg_get_constraintdef(con.oid)
             || ' comment=' || coalesce(obj_description(con.oid, 'pg_constraint'), '-')
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE con.contype <> 'c' AND n.nspname = ANY (?)
      """,
      """
      SELECT 'index ' || n.nspname || '.' || ic.relname || ' ' || pg_get_indexdef(i.indexrelid)
             || ' comment=' || coalesce(obj_description(i.indexrelid, 'pg_class'), '-')
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_namespace n ON n.oid = ic.relnamespace
      WHERE n.nspname = ANY (?)
      """,
      """
      SELECT 'sequence-owner ' || n.nspname || '.' || s.relname || ' -> ' || t.relname || '.' || a.attname
      FROM pg_depend d
      JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
      JOIN pg_namespace n ON n.oid = s.relnamespace
      JOIN pg_class t ON t.oid = d.refobjid
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') AND n.nspname = ANY (?)
      """,
      """
      SELECT 'sequence ' || n.nspname || '.' || c.relname || ' type=' || format_type(s.seqtypid, NULL)
             || ' start=' || s.seqstart || ' increment=' || s.seqincrement || ' min=' || s.seqmin
             || ' max=' || s.seqmax || ' cache=' || s.seqcache || ' cycle=' || s.seqcycle
      FROM pg_sequence s
      JOIN pg_class c ON c.oid = s.seqrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY (?)
      """,
      """
      -- A null ACL is the kind's default: the same privileges as that default spelt out.
      SELECT 'acl ' || n.nspname || '.' || c.relname || coalesce('.' || a.attname, '') || ' '
             || coalesce((SELECT string_agg(x::text, ',' ORDER BY x::text)
                          FROM unnest(coalesce(a.attacl, c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner))) x), '-')
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname = ANY (?)
      """,
      """
      SELECT 'acl ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') '
             || coalesce((SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(coalesce(p.proacl, acldefault('f'::"char", p.proowner))) x), '-')
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = ANY (?)
      """,
      """
      SELECT 'collation ' || n.nspname || '.' || co.collname || ' ' || row_to_json(co)::jsonb
             - 'oid' - 'collnamespace' - 'collowner' - 'collversion'
             || ' comment=' || coalesce(obj_description(co.oid, 'pg_collation'), '-')
      FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
      WHERE n.nspname = ANY (?)
      """,
      """
      SELECT 'ts parser ' || n.nspname || '.' || p.prsname || ' ' || p.prsstart::regprocedure::text
             || ' ' || p.prstoken::regprocedure::text || ' ' || p.prsend::regprocedure::text
             || ' ' || p.prslextype::regprocedure::text || ' ' || coalesce(nullif(p.prsheadline, 0)::regprocedure::text, '-')
             || ' comment=' || coalesce(obj_description(p.oid, 'pg_ts_parser'), '-')
      FROM pg_ts_parser p JOIN pg_namespace n ON n.oid = p.prsnamespace
      WHERE n.nspname = ANY (?)
      """,
      """
      SELECT 'ts template ' || n.nspname || '.' || t.tmplname || ' ' || coalesce(nullif(t.tmplinit, 0)::regprocedure::text, '-')
             || ' ' || t.tmpllexize::regprocedure::text
             || ' comment=' || coalesce(obj_description(t.oid, 'pg_ts_template'), '-')
      FROM pg_ts_template t JOIN pg_namespace n ON n.oid = t.tmplnamespace
      WHERE n.nspname = ANY (?)
      """,
      """
      SELECT 'ts dictionary ' || n.nspname || '.' || d.dictname
             || ' ' || (SELECT tmplnamespace::regnamespace::text || '.' || tmplname FROM pg_ts_template WHERE oid = d.dicttemplate)
             || ' ' || coalesce((SELECT string_agg(o, ', ' ORDER BY o) FROM unnest(string_to_array(d.dictinitoption, ', ')) o), '-')
             || ' comment=' || coalesce(obj_description(d.oid, 'pg_ts_dict'), '-')
      FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
      WHERE n.nspname = ANY (?)
      """,
      """
      SELECT 'ts configuration ' || n.nspname || '.' || c.cfgname
             || ' ' || (SELECT prsnamespace::regnamespace::text || '.' || prsname FROM pg_ts_parser WHERE oid = c.cfgparser)
             || ' ' || coalesce((SELECT string_agg(m.maptokentype || ':' || m.mapseqno || ':'
                                                   || dn.nspname || '.' || d.dictname, ',' ORDER BY m.maptokentype, m.mapseqno)
                                 FROM pg_ts_config_map m JOIN pg_ts_dict d ON d.oid = m.mapdict
                                 JOIN pg_namespace dn ON dn.oid = d.dictnamespace
                                 WHERE m.mapcfg = c.oid), '-')
             || ' comment=' || coalesce(obj_description(c.oid, 'pg_ts_config'), '-')
      FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
      WHERE n.nspname = ANY (?)
      """,
      """
      SELECT 'extension ' || n.nspname || '.' || e.extname || ' version=' || e.extversion
             || ' comment=' || coalesce(obj_description(e.oid, 'pg_extension'), '-')
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
      WHERE n.nspname = ANY (?)
      """,
      """
      SELECT 'type ' || n.nspname || '.' || t.typname || ' ' || t.typtype::text
             || ' base=' || coalesce(format_type(t.typbasetype, t.typtypmod), '-')
             || ' default=' || coalesce(t.typdefault, '-') || ' notnull=' || t.typnotnull
             || ' collation=' || coalesce((SELECT collname FROM pg_collation WHERE oid = t.typcollation), '-')
             || ' checks=' || coalesce((SELECT string_agg(c.conname || ':' || pg_get_constraintdef(c.oid), ',' ORDER BY c.conname)
                                        FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'), '-')
             || ' attributes=' || coalesce((SELECT string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod)
                                                  || ':' || a.attcollation::regcollation::text, ',' ORDER BY a.attnum)
                                            FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0
                                              AND NOT a.attisdropped), '-')
             || ' range=' || coalesce((SELECT (to_jsonb(r) - 'rngtypid' - 'rngmultitypid')::text
                                         || ' multirange=' || coalesce((to_jsonb(r) ->> 'rngmultitypid')::oid::regtype::text, '-')
                                       FROM pg_range r WHERE r.rngtypid = t.oid), '-')
             || ' comment=' || coalesce(obj_description(t.oid, 'pg_type'), '-')
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE (t.typtype IN ('d', 'r')
             OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
        AND n.nspname = ANY (?)
      """,
      """
      SELECT 'routine ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') '
             || p.prokind::text || ' comment=' || coalesce(obj_description(p.oid, 'pg_proc'), '-')
             || ' ' || CASE WHEN p.prokind = 'a'
                          THEN (SELECT (to_jsonb(ag) - 'aggfnoid' - 'aggtranstype' - 'aggmtranstype' - 'aggsortop')::text
                                       || ' ' || format_type(ag.aggtranstype, NULL) || ' ' || format_type(ag.aggmtranstype, NULL)
                                       || ' ' || ag.aggsortop::regoperator::text || ' ' || pg_get_function_arguments(p.oid)
                                FROM pg_aggregate ag WHERE ag.aggfnoid = p.oid)
                          ELSE pg_get_functiondef(p.oid) END
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = ANY (?)
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                        AND d.deptype = 'e')
      """,
      """
      SELECT 'trigger ' || n.nspname || '.' || c.relname || '.' || t.tgname || ' enabled=' || t.tgenabled::text
             || ' comment=' || coalesce(obj_description(t.oid, 'pg_trigger'), '-') || ' ' || pg_get_triggerdef(t.oid)
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT t.tgisinternal AND n.nspname = ANY (?)
      """,
      """
      SELECT 'acl schema ' || n.nspname || ' '
             || coalesce((SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(coalesce(n.nspacl, acldefault('n'::"char", n.nspowner))) x), '-')
      FROM pg_namespace n WHERE n.nspname = ANY (?)
      """,
  };

  private static final String CHECKS = """
      SELECT n.nspname, c.relname, con.conname, pg_get_expr(con.conbin, con.conrelid),
             obj_description(con.oid, 'pg_constraint')
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE con.contype = 'c' AND n.nspname = ANY (?)
      """;

  private PostgresFingerprint() {}

  /**
   * Check expressions at the server's own fixpoint: each is parsed once more on a temporary copy
   * of its table, because PostgreSQL's first deparse of some expressions (IN lists on varchar)
   * re-parses into an equivalent but differently printed tree.
   */
  private static List<String> checks(Endpoint db, List<String> schemas) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = Jdbc.open(db, false); PreparedStatement ps = c.prepareStatement(CHECKS)) {
      ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
      List<String[]> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
        }
      }
      try (java.sql.Statement s = c.createStatement()) {
        for (String[] r : rows) {
          s.execute("CREATE TEMP TABLE fp_check (LIKE " + ident(r[0]) + "." + ident(r[1]) + ")");
          s.execute("ALTER TABLE fp_check ADD CONSTRAINT fp CHECK (" + r[3] + ")");
          try (ResultSet rs = s.executeQuery("SELECT pg_get_constraintdef(oid) FROM pg_constraint "
              + "WHERE conrelid = 'fp_check'::regclass AND conname = 'fp'")) {
            rs.next();
            lines.add("check " + r[0] + "." + r[1] + "." + r[2] + " " + rs.getString(1)
                + " comment=" + (r[4] == null ? "-" : r[4]));
          }
          s.execute("DROP TABLE fp_check");
        }
      }
    }
    return lines;
  }

  private static String ident(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static String of(Endpoint db, List<String> schemas) {
    List<String> lines = new ArrayList<>();
    try (Connection c = Jdbc.open(db, true)) {
      for (String q : QUERIES) {
        try (PreparedStatement ps = c.prepareStatement(q)) {
          ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              lines.add(rs.getString(1));
            }
          }
        }
      }
      lines.addAll(checks(db, schemas));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    lines.sort(null);
    return String.join("\n", lines);
  }
}
