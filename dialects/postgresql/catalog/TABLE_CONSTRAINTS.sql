-- Unique and check constraints (keys and foreign keys come from their own queries).
SELECT NULL::text  AS "CONSTRAINT_CATALOG",
       n.nspname   AS "CONSTRAINT_SCHEMA",
       con.conname AS "CONSTRAINT_NAME",
       NULL::text  AS "TABLE_CATALOG",
       n.nspname   AS "TABLE_SCHEMA",
       c.relname   AS "TABLE_NAME",
       CASE con.contype WHEN 'u' THEN 'UNIQUE' WHEN 'c' THEN 'CHECK' END AS "CONSTRAINT_TYPE",
       CASE WHEN con.condeferrable THEN 'YES' ELSE 'NO' END AS "IS_DEFERRABLE",
       CASE WHEN con.condeferred THEN 'YES' ELSE 'NO' END AS "INITIALLY_DEFERRED",
       CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END AS "SD_CHECK",
       (SELECT to_jsonb(i) ->> 'indnullsnotdistinct' FROM pg_catalog.pg_index i WHERE i.indexrelid = con.conindid) AS "SD_NULLS_NOT_DISTINCT", -- 15+
       CASE WHEN con.connoinherit THEN 'true' END AS "SD_NO_INHERIT",
       CASE WHEN NOT con.convalidated THEN 'true' END AS "SD_NOT_VALID",
       -- Comments of the constraint and of the index behind a unique constraint.
       pg_catalog.obj_description(con.oid, 'pg_constraint') AS "SD_X_COMMENT",
       CASE WHEN con.conindid <> 0 THEN pg_catalog.obj_description(con.conindid, 'pg_class') END AS "SD_INDEX_COMMENT"
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype IN ('u', 'c') AND con.conparentid = 0
  AND (con.conislocal OR con.contype <> 'c') -- a check a child inherits is its parent's
  AND n.nspname = ANY ({{namespaces}})
