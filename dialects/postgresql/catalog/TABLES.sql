-- Ordinary and partitioned tables and partitions, then views. A view carries its text as the server deparses it (trailing semicolon removed), the
-- tables and views its rewrite rule depends on, and the columns of those it reads: PostgreSQL
-- binds a view to columns, so a column it reads cannot be dropped or retyped under it.
SELECT NULL::text AS "TABLE_CAT",
       n.nspname  AS "TABLE_SCHEM",
       c.relname  AS "TABLE_NAME",
       'TABLE'    AS "TABLE_TYPE",
       pg_catalog.obj_description(c.oid, 'pg_class') AS "REMARKS",
       c.relkind::text AS "RELKIND",
       NULL::text AS "SD_VIEW_DEFINITION",
       NULL::text AS "SD_VIEW_READS",
       NULL::text AS "SD_VIEW_COLUMN_READS",
       -- Storage parameters, the TOAST table's as toast.*: 'fillfactor=70, toast.autovacuum_enabled=false'.
       NULLIF(array_to_string(c.reloptions
                || ARRAY(SELECT 'toast.' || o FROM unnest(tc.reloptions) AS o), ', '), '') AS "SD_X_OPTIONS",
       NULL::text AS "SD_X_COMMENT",
       -- Row level security: ENABLE and FORCE, table attributes row-security and force-row-security.
       CASE WHEN c.relrowsecurity THEN 'enable' END AS "SD_X_ROW_SECURITY",
       CASE WHEN c.relforcerowsecurity THEN 'force' END AS "SD_X_FORCE_ROW_SECURITY",
       -- The comment exactly: SchemaCrawler trims REMARKS.
       pg_catalog.obj_description(c.oid, 'pg_class') AS "SD_COMMENT",
       CASE WHEN c.relpersistence = 'u' THEN 'unlogged' END AS "SD_X_PERSISTENCE",
       CASE c.relreplident WHEN 'f' THEN 'full' WHEN 'n' THEN 'nothing' END AS "SD_X_REPLICA_IDENTITY",
       -- A partitioned table's key; a partition's parent and bounds; the parents a child inherits.
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS "SD_X_PARTITION_BY",
       CASE WHEN c.relispartition THEN
         (SELECT pn.nspname || chr(30) || pc.relname FROM pg_catalog.pg_inherits h
            JOIN pg_catalog.pg_class pc ON pc.oid = h.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace WHERE h.inhrelid = c.oid) END AS "SD_X_PARTITION_OF",
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS "SD_X_PARTITION_BOUND",
       CASE WHEN NOT c.relispartition THEN
         (SELECT string_agg(pn.nspname || chr(30) || pc.relname, chr(31) ORDER BY h.inhseqno)
            FROM pg_catalog.pg_inherits h
            JOIN pg_catalog.pg_class pc ON pc.oid = h.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace WHERE h.inhrelid = c.oid) END AS "SD_X_INHERITS",
       -- Comments of the primary key and of its index (PRIMARY_KEYS.sql rows carry no extras).
       (SELECT pg_catalog.obj_description(pk.oid, 'pg_constraint') FROM pg_catalog.pg_constraint pk
         WHERE pk.conrelid = c.oid AND pk.contype = 'p') AS "SD_PK_COMMENT",
       (SELECT pg_catalog.obj_description(pk.conindid, 'pg_class') FROM pg_catalog.pg_constraint pk
         WHERE pk.conrelid = c.oid AND pk.contype = 'p') AS "SD_PK_INDEX_COMMENT"
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
WHERE c.relkind IN ('r', 'p')
  AND n.nspname = ANY ({{namespaces}})
UNION ALL
SELECT NULL::text, n.nspname, c.relname, 'VIEW', NULL::text, c.relkind::text,
       regexp_replace(pg_catalog.pg_get_viewdef(c.oid, true), '^\s+|;\s*$', '', 'g'),
       -- What it reads: relations, and routines as name(arguments), which re-create it when they are.
       (SELECT jsonb_agg(DISTINCT x)::text FROM (
          SELECT jsonb_build_array(rn.nspname, rc.relname) AS x
          FROM pg_catalog.pg_rewrite r
          JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
          JOIN pg_catalog.pg_class rc ON d.refclassid = 'pg_catalog.pg_class'::regclass AND rc.oid = d.refobjid
          JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
         WHERE r.ev_class = c.oid AND rc.oid <> c.oid
         UNION ALL
          SELECT jsonb_build_array(pn.nspname, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')')
          FROM pg_catalog.pg_rewrite r
          JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
          JOIN pg_catalog.pg_proc p ON d.refclassid = 'pg_catalog.pg_proc'::regclass AND p.oid = d.refobjid
          JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
         WHERE r.ev_class = c.oid AND pn.nspname <> 'pg_catalog' AND pn.nspname <> 'information_schema') reads),
       (SELECT jsonb_agg(DISTINCT jsonb_build_array(rn.nspname, rc.relname, ra.attname))::text
          FROM pg_catalog.pg_rewrite r
          JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
          JOIN pg_catalog.pg_class rc ON d.refclassid = 'pg_catalog.pg_class'::regclass AND rc.oid = d.refobjid
          JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
          JOIN pg_catalog.pg_attribute ra ON ra.attrelid = rc.oid AND ra.attnum = d.refobjsubid
         WHERE r.ev_class = c.oid AND rc.oid <> c.oid AND d.refobjsubid > 0),
       array_to_string(c.reloptions, ', '),
       pg_catalog.obj_description(c.oid, 'pg_class'),
       NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text,
       NULL::text, NULL::text, NULL::text
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'v'
  AND n.nspname = ANY ({{namespaces}})
