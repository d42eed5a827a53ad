-- Extensions installed in the compared schemas (plpgsql lives in pg_catalog and is not one).
SELECT n.nspname AS schema_name, e.extname AS object_name,
       pg_catalog.obj_description(e.oid, 'pg_extension') AS comment,
       e.extversion AS version
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE n.nspname = ANY ({{namespaces}})
