-- The connection's database. {{namespaces}} is replaced by a list of string literals.
SELECT NULL AS CATALOG_NAME,
       s.SCHEMA_NAME AS SCHEMA_NAME
FROM information_schema.SCHEMATA s
WHERE s.SCHEMA_NAME IN ({{namespaces}})
ORDER BY s.SCHEMA_NAME
