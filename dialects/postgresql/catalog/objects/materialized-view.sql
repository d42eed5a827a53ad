-- Materialized views: the query as the server deparses it (as views are read), whether it holds
-- rows, and its indexes, name to CREATE INDEX text, and to comment. The tablespace is the operator's business.
SELECT n.nspname AS schema_name, c.relname AS object_name,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
       regexp_replace(pg_catalog.pg_get_viewdef(c.oid, true), '^\s+|;\s*$', '', 'g') AS definition,
       c.relispopulated AS populated,
       (SELECT jsonb_object_agg(ic.relname, pg_catalog.pg_get_indexdef(i.indexrelid))::text
          FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
         WHERE i.indrelid = c.oid) AS indexes,
       (SELECT jsonb_object_agg(ic.relname, pg_catalog.obj_description(ic.oid, 'pg_class'))::text
          FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
         WHERE i.indrelid = c.oid AND pg_catalog.obj_description(ic.oid, 'pg_class') IS NOT NULL) AS index_comments
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'm' AND n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
