-- MySQL's (dialects/mysql) over MariaDB's catalog. COLUMN_DEFAULT is SQL text already (a quoted
-- literal, a number, b'01', current_timestamp() or an expression), 'NULL' for a NULL default;
-- it is put in MySQL's shape (numbers quoted, an expression in parentheses), which the templates
-- and the online rules read. Generated columns are SQL text too. No SRID (MariaDB keeps it in
-- GEOMETRY_COLUMNS). A system-versioned table's period columns are the versioning's, which is
-- named as not compared.
SELECT NULL AS TABLE_CAT,
       c.TABLE_SCHEMA AS TABLE_SCHEM,
       c.TABLE_NAME AS TABLE_NAME,
       c.COLUMN_NAME AS COLUMN_NAME,
       c.ORDINAL_POSITION AS ORDINAL_POSITION,
       1111 AS DATA_TYPE,
       c.DATA_TYPE AS TYPE_NAME,
       0 AS COLUMN_SIZE,
       0 AS DECIMAL_DIGITS,
       CASE WHEN c.IS_NULLABLE = 'YES' THEN 1 ELSE 0 END AS NULLABLE,
       CASE WHEN c.COLUMN_DEFAULT IS NULL OR c.COLUMN_DEFAULT = 'NULL' THEN NULL
            WHEN c.COLUMN_DEFAULT REGEXP '^-?[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?$' THEN CONCAT('\'', c.COLUMN_DEFAULT, '\'')
            WHEN c.COLUMN_DEFAULT REGEXP '^(\'|\\(|b\'|current_timestamp(\\([0-9]?\\))?$)' THEN c.COLUMN_DEFAULT
            ELSE CONCAT('(', c.COLUMN_DEFAULT, ')') END AS COLUMN_DEF,
       CASE WHEN c.EXTRA LIKE '%auto_increment%' THEN 'YES' ELSE 'NO' END AS IS_AUTOINCREMENT,
       CASE WHEN c.GENERATION_EXPRESSION <> '' THEN 'YES' ELSE 'NO' END AS IS_GENERATEDCOLUMN,
       c.COLUMN_COMMENT AS REMARKS,
       CONCAT('', c.COLUMN_COMMENT) AS SD_COMMENT, -- exactly: REMARKS is trimmed; an expression, so the
       -- driver does not name it after its source column (two COLUMN_COMMENTs would be one attribute)
       c.COLUMN_TYPE AS SD_TYPE,
       CASE WHEN c.EXTRA LIKE '%auto_increment%' THEN 'BY_DEFAULT' END AS SD_IDENTITY,
       NULLIF(c.GENERATION_EXPRESSION, '') AS SD_GENERATED,
       CASE WHEN c.EXTRA LIKE '%VIRTUAL GENERATED%' THEN 'VIRTUAL'
            WHEN c.EXTRA LIKE '%STORED GENERATED%' THEN 'STORED' END AS SD_X_GENERATED_KIND,
       c.COLLATION_NAME AS SD_COLLATION,
       -- The table's default: written without COLLATE, so it follows the table as SHOW CREATE
       -- TABLE expects (an explicit COLLATE equal to the default is shown, an inherited one not).
       CASE WHEN c.COLLATION_NAME = t.TABLE_COLLATION THEN 'true' END AS SD_X_COLLATION_DEFAULT,
       UPPER(REGEXP_SUBSTR(c.EXTRA, 'on update current_timestamp\\([0-9]?\\)')) AS SD_X_ON_UPDATE,
       CASE WHEN c.EXTRA LIKE '%INVISIBLE%' THEN 'true' END AS SD_X_INVISIBLE
FROM information_schema.COLUMNS c
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
WHERE t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
  AND c.EXTRA NOT LIKE '%ROW START%' AND c.EXTRA NOT LIKE '%ROW END%'
  AND c.TABLE_SCHEMA IN ({{namespaces}})
