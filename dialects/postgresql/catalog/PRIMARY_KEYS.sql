SELECT NULL::text  AS "TABLE_CAT",
       n.nspname   AS "TABLE_SCHEM",
       c.relname   AS "TABLE_NAME",
       a.attname   AS "COLUMN_NAME",
       k.ord       AS "KEY_SEQ",
       con.conname AS "PK_NAME",
       CASE WHEN con.condeferred THEN 'deferred' WHEN con.condeferrable THEN 'immediate' END AS "SD_DEFERRABLE"
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE con.contype = 'p' AND con.conparentid = 0 -- a partition's copy of its parent's key is the parent's
  AND n.nspname = ANY ({{namespaces}})
