-- Names that begin or end with a space or a control character. SchemaCrawler trims the names it
-- reads, so such an object would be compared under another name: inspection refuses it instead.
SELECT kind, schema_name, object_name FROM (
  SELECT 'relation' AS kind, TABLE_SCHEMA AS schema_name, TABLE_NAME AS object_name, TABLE_NAME AS part
  FROM information_schema.TABLES WHERE TABLE_SCHEMA IN ({{namespaces}})
  UNION ALL
  SELECT 'column', TABLE_SCHEMA, CONCAT(TABLE_NAME, '.', COLUMN_NAME), COLUMN_NAME
  FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN ({{namespaces}})
  UNION ALL
  SELECT 'index', TABLE_SCHEMA, CONCAT(TABLE_NAME, '.', INDEX_NAME), INDEX_NAME
  FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN ({{namespaces}})
  UNION ALL
  SELECT 'constraint', CONSTRAINT_SCHEMA, CONCAT(TABLE_NAME, '.', CONSTRAINT_NAME), CONSTRAINT_NAME
  FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN ({{namespaces}})
) names
WHERE part REGEXP '^[[:space:][:cntrl:]]|[[:space:][:cntrl:]]$'
ORDER BY 1, 2, 3
