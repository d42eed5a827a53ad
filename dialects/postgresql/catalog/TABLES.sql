-- Ordinary and partitioned tables; partitions themselves are not separate objects to diff.
SELECT NULL::text AS "TABLE_CAT",
       n.nspname  AS "TABLE_SCHEM",
       c.relname  AS "TABLE_NAME",
       'TABLE'    AS "TABLE_TYPE",
       pg_catalog.obj_description(c.oid, 'pg_class') AS "REMARKS",
       c.relkind::text AS "RELKIND"
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname = ANY ({{namespaces}})
