-- Procedures as the server writes them back (see function.sql).
SELECT n.nspname AS schema_name,
       p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' AS object_name,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS comment,
       p.proname AS name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_arguments,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       (pg_catalog.to_jsonb(p) ->> 'prosqlbody') IS NOT NULL AS atomic,
       pg_catalog.pg_get_functiondef(p.oid) AS definition,
       NULL::text AS attributes
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind = 'p' AND n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::regclass
                  AND d.objid = p.oid AND d.deptype = 'e')
