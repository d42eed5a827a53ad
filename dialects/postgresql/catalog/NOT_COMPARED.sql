-- Objects in the compared schemas that schemadiff does not model yet, so that it can say so
-- instead of passing over them in silence. Members of extensions are the extension's business.
WITH ext AS (
  SELECT objid, classid FROM pg_catalog.pg_depend WHERE deptype = 'e'
)
SELECT 'foreign table' AS kind, n.nspname AS schema_name, c.relname::text AS object_name
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND c.relkind = 'f'
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.objid = c.oid AND ext.classid = 'pg_catalog.pg_class'::regclass)
UNION ALL
SELECT 'rule', n.nspname, c.relname || '.' || r.rulename
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND n.nspname = ANY ({{namespaces}})
-- Properties of compared objects that are not compared yet: named with their object.
UNION ALL
SELECT 'replica identity using index', n.nspname, c.relname
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{namespaces}}) AND c.relkind IN ('r', 'p') AND c.relreplident = 'i'
UNION ALL
SELECT 'clustered index', n.nspname, c.relname
FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{namespaces}}) AND i.indisclustered
UNION ALL
-- Comments of keys, unique, check, foreign key and exclusion constraints are compared; these are not.
SELECT 'constraint comment', n.nspname, c.relname || '.' || con.conname
FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{namespaces}}) AND con.contype = 't'
  AND pg_catalog.obj_description(con.oid, 'pg_constraint') IS NOT NULL
UNION ALL
-- Comments of indexes on tables (and behind their keys) and materialized views are compared; on
-- partitions or behind an exclusion constraint, they are not.
SELECT 'index comment', n.nspname, c.relname
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
WHERE n.nspname = ANY ({{namespaces}}) AND c.relkind IN ('i', 'I')
  AND pg_catalog.obj_description(c.oid, 'pg_class') IS NOT NULL
  AND (t.relkind NOT IN ('r', 'p', 'm') OR t.relispartition
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_constraint x WHERE x.conindid = c.oid AND x.contype = 'x'))
UNION ALL
SELECT 'storage parameter', n.nspname, c.relname || '.' || split_part(o.opt, '=', 1)
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(c.reloptions) AS o(opt)
WHERE n.nspname = ANY ({{namespaces}}) AND c.relkind = 'm' -- those of tables, indexes and views are compared
UNION ALL
-- Privileges: not compared (roles differ between environments).
SELECT 'grant', n.nspname, c.relname
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{namespaces}}) AND c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
UNION ALL
SELECT 'grant', n.nspname, c.relname || '.' || a.attname
FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{namespaces}}) AND a.attacl IS NOT NULL AND a.attnum > 0
UNION ALL
SELECT 'grant', n.nspname, p.proname
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY ({{namespaces}}) AND p.proacl IS NOT NULL
UNION ALL
SELECT 'grant', n.nspname, n.nspname
FROM pg_catalog.pg_namespace n
WHERE n.nspname = ANY ({{namespaces}}) AND n.nspacl IS NOT NULL
  -- initdb's own grants on public (owner and, before PostgreSQL 15, CREATE for everyone).
  AND n.nspacl::text[] <> ARRAY['pg_database_owner=UC/pg_database_owner', '=U/pg_database_owner']
UNION ALL
SELECT 'default privileges', n.nspname, n.nspname
FROM pg_catalog.pg_default_acl d JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
WHERE n.nspname = ANY ({{namespaces}})
UNION ALL
-- Other schema objects.
SELECT 'extended statistics', n.nspname, s.stxname
FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
WHERE n.nspname = ANY ({{namespaces}})
UNION ALL
SELECT 'operator', n.nspname, o.oprname
FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.objid = o.oid AND ext.classid = 'pg_catalog.pg_operator'::regclass)
UNION ALL
SELECT 'operator family', n.nspname, f.opfname
FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.objid = f.oid AND ext.classid = 'pg_catalog.pg_opfamily'::regclass)
  -- CREATE OPERATOR CLASS makes a family of the same name for itself: named as the class.
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_opclass oc WHERE oc.opcfamily = f.oid AND oc.opcname = f.opfname)
UNION ALL
SELECT 'operator class', n.nspname, oc.opcname
FROM pg_catalog.pg_opclass oc JOIN pg_catalog.pg_namespace n ON n.oid = oc.opcnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.objid = oc.oid AND ext.classid = 'pg_catalog.pg_opclass'::regclass)
UNION ALL
SELECT 'conversion', n.nspname, cv.conname
FROM pg_catalog.pg_conversion cv JOIN pg_catalog.pg_namespace n ON n.oid = cv.connamespace
WHERE n.nspname = ANY ({{namespaces}})
