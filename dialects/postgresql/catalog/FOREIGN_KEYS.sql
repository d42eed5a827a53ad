-- Rules use java.sql.DatabaseMetaData codes; MATCH type travels as an extra attribute.
SELECT NULL::text AS "PKTABLE_CAT", pn.nspname AS "PKTABLE_SCHEM", pc.relname AS "PKTABLE_NAME", pa.attname AS "PKCOLUMN_NAME",
       NULL::text AS "FKTABLE_CAT", fn.nspname AS "FKTABLE_SCHEM", fc.relname AS "FKTABLE_NAME", fa.attname AS "FKCOLUMN_NAME",
       k.ord AS "KEY_SEQ",
       CASE con.confupdtype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 WHEN 'd' THEN 4 END AS "UPDATE_RULE",
       CASE con.confdeltype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 WHEN 'd' THEN 4 END AS "DELETE_RULE",
       con.conname AS "FK_NAME",
       NULL::text AS "PK_NAME",
       CASE WHEN con.condeferrable AND con.condeferred THEN 5 WHEN con.condeferrable THEN 6 ELSE 7 END AS "DEFERRABILITY",
       CASE con.confmatchtype WHEN 'f' THEN 'FULL' END AS "SD_MATCH",
       CASE WHEN NOT con.convalidated THEN 'true' END AS "SD_NOT_VALID",
       pg_catalog.obj_description(con.oid, 'pg_constraint') AS "SD_COMMENT"
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class fc ON fc.oid = con.conrelid
JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
JOIN pg_catalog.pg_class pc ON pc.oid = con.confrelid
JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(fkatt, pkatt, ord)
JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = k.fkatt
JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.pkatt
WHERE con.contype = 'f' AND con.conparentid = 0
  AND fn.nspname = ANY ({{namespaces}})
