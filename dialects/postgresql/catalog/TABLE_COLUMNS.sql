-- Columns with the server's own spelling of type, default and generation expression.
-- A serial column is what it is: an integer whose default calls a sequence (modelled on its own).
SELECT NULL::text AS "TABLE_CAT",
       n.nspname  AS "TABLE_SCHEM",
       c.relname  AS "TABLE_NAME",
       a.attname  AS "COLUMN_NAME",
       a.attnum   AS "ORDINAL_POSITION",
       1111       AS "DATA_TYPE",
       pg_catalog.format_type(a.atttypid, NULL) AS "TYPE_NAME",
       0 AS "COLUMN_SIZE",
       0 AS "DECIMAL_DIGITS",
       CASE WHEN a.attnotnull THEN 0 ELSE 1 END AS "NULLABLE",
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS "COLUMN_DEF",
       CASE WHEN a.attidentity <> '' THEN 'YES' ELSE 'NO' END AS "IS_AUTOINCREMENT",
       CASE WHEN a.attgenerated <> '' THEN 'YES' ELSE 'NO' END AS "IS_GENERATEDCOLUMN",
       pg_catalog.col_description(c.oid, a.attnum) AS "REMARKS",
       pg_catalog.col_description(c.oid, a.attnum) AS "SD_COMMENT", -- exactly: REMARKS is trimmed
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS "SD_TYPE",
       CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY_DEFAULT' END AS "SD_IDENTITY",
       CASE WHEN a.attgenerated = 's' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS "SD_GENERATED",
       CASE WHEN a.attcollation <> t.typcollation THEN co.oid::pg_catalog.regcollation::text END AS "SD_COLLATION",
       -- Columns a generated column reads: changing their type means rebuilding it.
       CASE WHEN a.attgenerated = 's' THEN
         (SELECT json_agg(DISTINCT ra.attname)::text
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_attribute ra ON ra.attrelid = d.refobjid AND ra.attnum = d.refobjsubid
           WHERE d.classid = 'pg_catalog.pg_attrdef'::regclass AND d.objid = ad.oid
             AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
             AND d.refobjsubid <> a.attnum) END AS "SD_GENERATED_READS",
       -- An identity's sequence options, all of them, when any differs from the default.
       (SELECT CASE WHEN ps.seqincrement <> 1 OR ps.seqstart <> 1 OR ps.seqmin <> 1 OR ps.seqcache <> 1 OR ps.seqcycle
                      OR ps.seqmax <> CASE ps.seqtypid WHEN 'int2'::regtype THEN 32767 WHEN 'int4'::regtype THEN 2147483647
                                                       ELSE 9223372036854775807 END
                    THEN 'INCREMENT BY ' || ps.seqincrement || ' MINVALUE ' || ps.seqmin || ' MAXVALUE ' || ps.seqmax
                         || ' START WITH ' || ps.seqstart || ' CACHE ' || ps.seqcache
                         || CASE WHEN ps.seqcycle THEN ' CYCLE' ELSE ' NO CYCLE' END END
          FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_sequence ps ON ps.seqrelid = d.objid
         WHERE a.attidentity <> '' AND d.classid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'i'
           AND d.refobjid = c.oid AND d.refobjsubid = a.attnum) AS "SD_X_IDENTITY_OPTIONS",
       -- Settings that differ from the type's defaults (compression from 14, a nullable target in 17).
       CASE a.attstorage WHEN t.typstorage THEN NULL WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL'
                         WHEN 'm' THEN 'MAIN' WHEN 'x' THEN 'EXTENDED' END AS "SD_X_STORAGE",
       -- The type's own, to go back to (SET STORAGE DEFAULT exists only from 16).
       CASE WHEN a.attstorage <> t.typstorage THEN CASE t.typstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL'
            WHEN 'm' THEN 'MAIN' WHEN 'x' THEN 'EXTENDED' END END AS "SD_X_STORAGE_DEFAULT",
       CASE to_jsonb(a) ->> 'attcompression' WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END AS "SD_X_COMPRESSION",
       CASE WHEN (to_jsonb(a) ->> 'attstattarget')::integer >= 0
            THEN to_jsonb(a) ->> 'attstattarget' END AS "SD_X_STATISTICS",
       -- The options ALTER COLUMN … SET accepts; some builds keep private ones here (pg_attver).
       NULLIF(array_to_string(ARRAY(SELECT o FROM unnest(a.attoptions) o
                                    WHERE o ~ '^n_distinct(_inherited)?='), ', '), '') AS "SD_X_COLUMN_OPTIONS",
       -- A column that comes from a parent (partition, inheritance child) changes with the parent.
       CASE WHEN a.attinhcount > 0 THEN 'true' END AS "SD_X_INHERITED",
       -- The enumerated type a column (or its array elements) is of: it must exist first.
       CASE WHEN et.oid IS NOT NULL THEN json_build_array(en.nspname, et.typname)::text END AS "SD_TYPE_REF"
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_type et
       ON et.oid = CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END AND et.typtype = 'e'
LEFT JOIN pg_catalog.pg_namespace en ON en.oid = et.typnamespace
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p')
  AND n.nspname = ANY ({{namespaces}})
