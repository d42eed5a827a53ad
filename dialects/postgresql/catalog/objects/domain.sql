-- Domains made in the compared schemas (not extensions'). Checks as the server prints them; NOT
-- NULL (a constraint of its own in 17) is read from the type.
SELECT n.nspname AS schema_name, t.typname AS object_name,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS type,
       CASE WHEN t.typcollation <> bt.typcollation THEN co.oid::pg_catalog.regcollation::text END AS collation,
       t.typdefault AS default_value, t.typnotnull AS not_null,
       COALESCE((SELECT json_agg(json_build_object('name', c.conname,
                                                   'definition', pg_catalog.pg_get_constraintdef(c.oid))
                                 ORDER BY c.conname)
                 FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'), '[]')::text AS checks
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
WHERE t.typtype = 'd' AND n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_type'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
