-- Names that begin or end with a space or a control character. SchemaCrawler trims the names it
-- reads, so such an object would be compared under another name: inspection refuses it instead.
SELECT kind, schema_name, object_name FROM (
  SELECT 'relation' AS kind, n.nspname AS schema_name, c.relname::text AS object_name, c.relname::text AS part
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ANY ({{namespaces}})
  UNION ALL
  SELECT 'column', n.nspname, c.relname || '.' || a.attname, a.attname::text
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE a.attnum > 0 AND NOT a.attisdropped AND n.nspname = ANY ({{namespaces}})
  UNION ALL
  SELECT 'constraint', n.nspname, c.relname || '.' || co.conname, co.conname::text
  FROM pg_catalog.pg_constraint co
  JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ANY ({{namespaces}})
) names
WHERE part ~ '^[[:space:][:cntrl:]]|[[:space:][:cntrl:]]$'
ORDER BY 1, 2, 3
