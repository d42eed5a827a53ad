-- Objects in the compared schemas that schemadiff does not model yet, so that it can say so
-- instead of passing over them in silence. Members of extensions are the extension's business.
WITH ext AS (
  SELECT objid, classid FROM pg_catalog.pg_depend WHERE deptype = 'e'
)
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END AS kind,
       n.nspname AS schema_name, p.proname AS object_name
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.objid = p.oid AND ext.classid = 'pg_catalog.pg_proc'::regclass)
UNION ALL
SELECT 'trigger', n.nspname, c.relname || '.' || t.tgname
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND n.nspname = ANY ({{namespaces}})
UNION ALL
SELECT CASE ty.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type'
                       ELSE 'composite type' END,
       n.nspname, ty.typname
FROM pg_catalog.pg_type ty JOIN pg_catalog.pg_namespace n ON n.oid = ty.typnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND (ty.typtype IN ('d', 'r')
       OR (ty.typtype = 'c' AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = ty.typrelid) = 'c'))
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.objid = ty.oid AND ext.classid = 'pg_catalog.pg_type'::regclass)
UNION ALL
SELECT CASE c.relkind WHEN 'm' THEN 'materialized view' WHEN 'f' THEN 'foreign table'
                      ELSE 'partition' END,
       n.nspname, c.relname
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND (c.relkind IN ('m', 'f') OR (c.relkind IN ('r', 'p') AND c.relispartition))
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.objid = c.oid AND ext.classid = 'pg_catalog.pg_class'::regclass)
UNION ALL
SELECT 'policy', n.nspname, c.relname || '.' || po.polname
FROM pg_catalog.pg_policy po
JOIN pg_catalog.pg_class c ON c.oid = po.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{namespaces}})
UNION ALL
SELECT 'rule', n.nspname, c.relname || '.' || r.rulename
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND n.nspname = ANY ({{namespaces}})
UNION ALL
SELECT 'extension', n.nspname, e.extname
FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE n.nspname = ANY ({{namespaces}})
