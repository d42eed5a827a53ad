SELECT NULL::text  AS "CONSTRAINT_CATALOG",
       n.nspname   AS "CONSTRAINT_SCHEMA",
       con.conname AS "CONSTRAINT_NAME",
       NULL::text  AS "TABLE_CATALOG",
       n.nspname   AS "TABLE_SCHEMA",
       c.relname   AS "TABLE_NAME",
       a.attname   AS "COLUMN_NAME",
       k.ord       AS "ORDINAL_POSITION"
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE con.contype IN ('u', 'c') AND con.conparentid = 0
  AND n.nspname = ANY ({{namespaces}})
