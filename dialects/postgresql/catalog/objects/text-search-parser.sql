-- Text search parsers made in the compared schemas (not those of extensions), each function
-- schema-qualified so the migration finds it whatever the search path.
WITH fn AS (
  SELECT f.oid, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(f.proname) AS name
  FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace n ON n.oid = f.pronamespace
)
SELECT n.nspname AS schema_name, p.prsname AS object_name,
       pg_catalog.obj_description(p.oid, 'pg_ts_parser') AS comment,
       (SELECT name FROM fn WHERE fn.oid = p.prsstart) AS start,
       (SELECT name FROM fn WHERE fn.oid = p.prstoken) AS gettoken,
       (SELECT name FROM fn WHERE fn.oid = p.prsend) AS "end",
       (SELECT name FROM fn WHERE fn.oid = p.prslextype) AS lextypes,
       (SELECT name FROM fn WHERE fn.oid = p.prsheadline) AS headline
FROM pg_catalog.pg_ts_parser p
JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_ts_parser'::regclass
                  AND d.objid = p.oid AND d.deptype = 'e')
