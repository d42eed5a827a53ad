-- Columns with the server's own spelling of type, default and generation expression.
-- A serial is a default nextval() of a sequence owned by the column: reported as its type.
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
       CASE WHEN a.attgenerated = '' AND s.serial_type IS NULL
            THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS "COLUMN_DEF",
       CASE WHEN a.attidentity <> '' OR s.serial_type IS NOT NULL THEN 'YES' ELSE 'NO' END AS "IS_AUTOINCREMENT",
       CASE WHEN a.attgenerated <> '' THEN 'YES' ELSE 'NO' END AS "IS_GENERATEDCOLUMN",
       pg_catalog.col_description(c.oid, a.attnum) AS "REMARKS",
       pg_catalog.col_description(c.oid, a.attnum) AS "SD_COMMENT", -- exactly: REMARKS is trimmed
       COALESCE(s.serial_type, pg_catalog.format_type(a.atttypid, a.atttypmod)) AS "SD_TYPE",
       CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY_DEFAULT' END AS "SD_IDENTITY",
       CASE WHEN a.attgenerated = 's' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS "SD_GENERATED",
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS "SD_COLLATION",
       -- Columns a generated column reads: changing their type means rebuilding it.
       CASE WHEN a.attgenerated = 's' THEN
         (SELECT json_agg(DISTINCT ra.attname)::text
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_attribute ra ON ra.attrelid = d.refobjid AND ra.attnum = d.refobjsubid
           WHERE d.classid = 'pg_catalog.pg_attrdef'::regclass AND d.objid = ad.oid
             AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
             AND d.refobjsubid <> a.attnum) END AS "SD_GENERATED_READS",
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
LEFT JOIN LATERAL (
  SELECT CASE a.atttypid WHEN 'int4'::regtype THEN 'serial' WHEN 'int8'::regtype THEN 'bigserial'
                         WHEN 'int2'::regtype THEN 'smallserial' END AS serial_type
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_class sc ON sc.oid = d.objid AND sc.relkind = 'S'
  JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
  WHERE d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'a'
    AND d.classid = 'pg_catalog.pg_class'::regclass
    AND pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) IN (
          'nextval(' || pg_catalog.quote_literal(pg_catalog.quote_ident(sn.nspname) || '.' || pg_catalog.quote_ident(sc.relname)) || '::regclass)',
          'nextval(' || pg_catalog.quote_literal(pg_catalog.quote_ident(sc.relname)) || '::regclass)')
    -- Only the name serial itself would choose, or re-creating it would not match.
    AND sc.relname = c.relname || '_' || a.attname || '_seq'
  LIMIT 1
) s ON a.attidentity = '' AND a.attgenerated = ''
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname = ANY ({{namespaces}})
