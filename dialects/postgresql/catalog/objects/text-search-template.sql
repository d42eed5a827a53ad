-- Text search templates made in the compared schemas (not those of extensions), functions
-- schema-qualified.
WITH fn AS (
  SELECT f.oid, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(f.proname) AS name
  FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace n ON n.oid = f.pronamespace
)
SELECT n.nspname AS schema_name, t.tmplname AS object_name,
       pg_catalog.obj_description(t.oid, 'pg_ts_template') AS comment,
       (SELECT name FROM fn WHERE fn.oid = t.tmplinit) AS init,
       (SELECT name FROM fn WHERE fn.oid = t.tmpllexize) AS lexize
FROM pg_catalog.pg_ts_template t
JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_ts_template'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
