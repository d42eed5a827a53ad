-- Comments of the compared schemas. The comment initdb gives public is a fresh database's, not
-- the application's (as NOT_COMPARED says), so it reads as none.
SELECT n.nspname, pg_catalog.obj_description(n.oid, 'pg_namespace')
FROM pg_catalog.pg_namespace n
WHERE n.nspname = ANY ({{namespaces}})
  AND pg_catalog.obj_description(n.oid, 'pg_namespace') IS NOT NULL
  AND NOT (n.nspname = 'public' AND pg_catalog.obj_description(n.oid, 'pg_namespace') = 'standard public schema')
