-- Namespaces asked for that exist. {{namespaces}} is replaced by a text[] literal.
SELECT NULL::text AS "CATALOG_NAME",
       n.nspname  AS "SCHEMA_NAME"
FROM pg_catalog.pg_namespace n
WHERE n.nspname = ANY ({{namespaces}})
ORDER BY n.nspname
