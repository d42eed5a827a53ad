-- Privileges on tables, views, sequences, their columns, routines and schemas, one row per
-- privilege and grantee. A null ACL means the kind's default (acldefault), so a revoked default
-- (EXECUTE from PUBLIC) shows as a missing row. What the owner holds by owning is left out, and a
-- schema's privileges from initdb (pg_init_privs) are the fresh database's, not a grant.
WITH acl AS (
  SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS object_type,
         n.nspname AS object_schema, c.relname::text AS object_name, NULL::text AS column_name,
         NULL::text AS arguments, c.relowner AS owner,
         pg_catalog.aclexplode(COALESCE(c.relacl,
           pg_catalog.acldefault((CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END)::"char", c.relowner))) AS a
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ANY ({{namespaces}}) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  UNION ALL
  SELECT 'TABLE', n.nspname, c.relname, at.attname, NULL, c.relowner, pg_catalog.aclexplode(at.attacl)
  FROM pg_catalog.pg_attribute at JOIN pg_catalog.pg_class c ON c.oid = at.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ANY ({{namespaces}}) AND at.attacl IS NOT NULL AND at.attnum > 0 AND NOT at.attisdropped
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname,
         NULL, pg_catalog.pg_get_function_identity_arguments(p.oid), p.proowner,
         pg_catalog.aclexplode(COALESCE(p.proacl, pg_catalog.acldefault('f'::"char", p.proowner)))
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = ANY ({{namespaces}})
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::regclass
                    AND d.objid = p.oid AND d.deptype = 'e')
  UNION ALL
  SELECT 'SCHEMA', '', n.nspname, NULL, NULL, n.nspowner, x.a
  FROM pg_catalog.pg_namespace n
  CROSS JOIN LATERAL (
    SELECT pg_catalog.aclexplode(COALESCE(n.nspacl, pg_catalog.acldefault('n'::"char", n.nspowner))) AS a
    EXCEPT
    SELECT pg_catalog.aclexplode(ip.initprivs) FROM pg_catalog.pg_init_privs ip
    WHERE ip.objoid = n.oid AND ip.classoid = 'pg_catalog.pg_namespace'::regclass AND ip.objsubid = 0
  ) x
  WHERE n.nspname = ANY ({{namespaces}})
)
SELECT CASE WHEN object_type = 'SCHEMA' THEN object_name ELSE object_schema END AS schema_name,
       CASE WHEN object_type = 'SCHEMA' THEN ''
            WHEN arguments IS NOT NULL THEN object_name || '(' || arguments || ')'
            ELSE object_name || COALESCE('.' || column_name, '') END AS table_name,
       (a).privilege_type || ' to ' || CASE (a).grantee WHEN 0 THEN 'PUBLIC'
                                        ELSE pg_catalog.pg_get_userbyid((a).grantee) END AS object_name,
       NULL::text AS comment,
       object_type,
       json_build_object('schema', object_schema, 'name', object_name)::text AS object,
       column_name AS "column", arguments, (a).privilege_type AS privilege,
       CASE (a).grantee WHEN 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid((a).grantee) END AS grantee,
       (a).is_grantable AS grantable
FROM acl
WHERE (a).grantee <> owner
