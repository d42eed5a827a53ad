-- Exclusion constraints of tables in the compared schemas (not those a partition inherits).
SELECT n.nspname AS schema_name, c.relname AS table_name, con.conname AS object_name,
       pg_catalog.obj_description(con.oid, 'pg_constraint') AS comment,
       json_build_object('schema', n.nspname, 'name', c.relname)::text AS "table",
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       COALESCE((SELECT json_agg(a.attname ORDER BY a.attname)
                 FROM pg_catalog.pg_attribute a
                 WHERE a.attrelid = c.oid AND a.attnum = ANY (con.conkey)), '[]')::text AS columns
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype = 'x' AND con.conparentid = 0 AND n.nspname = ANY ({{namespaces}})
