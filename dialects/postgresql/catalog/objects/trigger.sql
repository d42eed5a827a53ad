-- Triggers on tables and views, as the server writes them back, and how they fire. Triggers a
-- partitioned table clones onto its partitions are the parent's (created with it); internal ones
-- (behind foreign keys) are the constraint's.
SELECT n.nspname AS schema_name, c.relname AS table_name, t.tgname AS object_name,
       pg_catalog.obj_description(t.oid, 'pg_trigger') AS comment,
       pg_catalog.pg_get_triggerdef(t.oid) AS definition,
       t.tgenabled::text AS enabled,
       NULL::text AS attributes
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND c.relkind IN ('r', 'p', 'v') AND n.nspname = ANY ({{namespaces}})
