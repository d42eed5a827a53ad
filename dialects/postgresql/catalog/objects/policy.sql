-- Row security policies of the tables in the compared schemas: kind, command, roles (PUBLIC for
-- everyone, names sorted) and the USING / WITH CHECK expressions as the server deparses them.
SELECT n.nspname AS schema_name, c.relname AS table_name, po.polname AS object_name,
       pg_catalog.obj_description(po.oid, 'pg_policy') AS comment,
       po.polpermissive AS permissive,
       CASE po.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                      WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
       (SELECT jsonb_agg(r.name ORDER BY r.name)::text
          FROM (SELECT CASE WHEN x.oid = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.oid)::text END AS name
                  FROM unnest(po.polroles) AS x(oid)) r) AS roles,
       pg_catalog.pg_get_expr(po.polqual, po.polrelid) AS using,
       pg_catalog.pg_get_expr(po.polwithcheck, po.polrelid) AS with_check
FROM pg_catalog.pg_policy po
JOIN pg_catalog.pg_class c ON c.oid = po.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{namespaces}})
