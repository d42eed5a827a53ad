-- Columns as SHOW CREATE TABLE spells them: COLUMN_TYPE carries unsigned, zerofill, display
-- width where it still matters, and ENUM/SET values. A literal default is quoted here; an
-- expression default (DEFAULT_GENERATED) is written back in the form CREATE TABLE accepts.
-- Expressions come escaped like a string literal's body (\\ \' \n \r \Z); they are unescaped in one
-- pass (\\ parked as NUL, which the escaped text cannot hold) to the parser's form.
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
       CASE WHEN c.COLUMN_DEFAULT IS NULL THEN NULL
            WHEN c.EXTRA LIKE '%DEFAULT_GENERATED%' THEN
              CASE WHEN c.COLUMN_DEFAULT REGEXP '^CURRENT_TIMESTAMP(\\([0-9]\\))?$' THEN c.COLUMN_DEFAULT
                   ELSE CONCAT('(', REPLACE(REGEXP_REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(c.COLUMN_DEFAULT, '\\\\', CHAR(0 USING utf8mb4)), '\\n', '\n'), '\\r', '\r'), '\\Z', CHAR(26 USING utf8mb4)), '\\\\(.)', '$1'), CHAR(0 USING utf8mb4), '\\'), ')') END
            WHEN c.DATA_TYPE = 'bit' THEN c.COLUMN_DEFAULT
            ELSE QUOTE(c.COLUMN_DEFAULT) END AS COLUMN_DEF,
       CASE WHEN c.EXTRA LIKE '%auto_increment%' THEN 'YES' ELSE 'NO' END AS IS_AUTOINCREMENT,
       CASE WHEN c.GENERATION_EXPRESSION <> '' THEN 'YES' ELSE 'NO' END AS IS_GENERATEDCOLUMN,
       c.COLUMN_COMMENT AS REMARKS,
       CONCAT('', c.COLUMN_COMMENT) AS SD_COMMENT, -- exactly: REMARKS is trimmed; an expression, so the
       -- driver does not name it after its source column (two COLUMN_COMMENTs would be one attribute)
       CONCAT(c.COLUMN_TYPE, CASE WHEN c.SRS_ID IS NOT NULL THEN CONCAT(' SRID ', c.SRS_ID) ELSE '' END) AS SD_TYPE,
       CASE WHEN c.EXTRA LIKE '%auto_increment%' THEN 'BY_DEFAULT' END AS SD_IDENTITY,
       NULLIF(REPLACE(REGEXP_REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(c.GENERATION_EXPRESSION, '\\\\', CHAR(0 USING utf8mb4)), '\\n', '\n'), '\\r', '\r'), '\\Z', CHAR(26 USING utf8mb4)), '\\\\(.)', '$1'), CHAR(0 USING utf8mb4), '\\'), '') AS SD_GENERATED,
       CASE WHEN c.EXTRA LIKE '%VIRTUAL GENERATED%' THEN 'VIRTUAL'
            WHEN c.EXTRA LIKE '%STORED GENERATED%' THEN 'STORED' END AS SD_X_GENERATED_KIND,
       c.COLLATION_NAME AS SD_COLLATION,
       -- The table's default: written without COLLATE, so it follows the table as SHOW CREATE
       -- TABLE expects (an explicit COLLATE equal to the default is shown, an inherited one not).
       CASE WHEN c.COLLATION_NAME = t.TABLE_COLLATION THEN 'true' END AS SD_X_COLLATION_DEFAULT,
       UPPER(REGEXP_SUBSTR(c.EXTRA, 'on update CURRENT_TIMESTAMP(\\([0-9]\\))?')) AS SD_X_ON_UPDATE,
       CASE WHEN c.EXTRA LIKE '%INVISIBLE%' THEN 'true' END AS SD_X_INVISIBLE
FROM information_schema.COLUMNS c
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
WHERE t.TABLE_TYPE = 'BASE TABLE'
  AND c.TABLE_SCHEMA IN ({{namespaces}})
