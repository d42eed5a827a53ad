-- Composite types made with CREATE TYPE … AS (not the row types of tables and views).
SELECT n.nspname AS schema_name, t.typname AS object_name,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment,
       COALESCE((SELECT json_agg(json_build_object('name', a.attname,
                                                   'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
                                                   'collation', CASE WHEN a.attcollation <> at.typcollation
                                                                     THEN co.oid::pg_catalog.regcollation::text END)
                                 ORDER BY a.attnum)
                 FROM pg_catalog.pg_attribute a
                 JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
                 LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
                 WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '[]')::text AS attributes
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_class r ON r.oid = t.typrelid AND r.relkind = 'c'
WHERE t.typtype = 'c' AND n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_type'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
