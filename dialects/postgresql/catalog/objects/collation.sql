-- Collations made in the compared schemas (not those of extensions). Columns that differ between
-- server versions (colliculocale became colllocale in 17; collicurules came in 16) are read
-- through to_jsonb, which names only the columns this server has.
SELECT n.nspname AS schema_name, co.collname AS object_name,
       pg_catalog.obj_description(co.oid, 'pg_collation') AS comment,
       CASE co.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' END AS provider,
       CASE WHEN co.collprovider = 'c' THEN co.collcollate END AS collate,
       CASE WHEN co.collprovider = 'c' THEN co.collctype END AS ctype,
       CASE WHEN co.collprovider <> 'c'
            THEN COALESCE(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale', co.collcollate) END AS locale,
       to_jsonb(co) ->> 'collicurules' AS rules,
       co.collisdeterministic AS deterministic
FROM pg_catalog.pg_collation co
JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_collation'::regclass
                  AND d.objid = co.oid AND d.deptype = 'e')
