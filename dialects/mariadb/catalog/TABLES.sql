-- MySQL's (dialects/mysql) over MariaDB's catalog, which has no VIEW_TABLE_USAGE: a view reads
-- the tables and views of its database that its text names, always as `db`.`name` (the text
-- qualifies every table). A system-versioned table is a table (its versioning is named as not
-- compared); a sequence is not (named too), nor is partitioning (named: SHOW CREATE TABLE
-- spells it otherwise than MySQL's, which MySqlPartitioning reads).
SELECT NULL AS TABLE_CAT,
       t.TABLE_SCHEMA AS TABLE_SCHEM,
       t.TABLE_NAME AS TABLE_NAME,
       CASE t.TABLE_TYPE WHEN 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS TABLE_TYPE,
       CASE WHEN t.TABLE_TYPE <> 'VIEW' THEN t.TABLE_COMMENT END AS REMARKS,
       CASE WHEN t.TABLE_TYPE <> 'VIEW' THEN CONCAT('', t.TABLE_COMMENT) END AS SD_COMMENT, -- exactly: REMARKS is trimmed
       t.ENGINE AS SD_X_ENGINE,
       t.TABLE_COLLATION AS SD_X_COLLATION,
       UPPER(REGEXP_SUBSTR(REGEXP_SUBSTR(t.CREATE_OPTIONS, 'row_format=[A-Za-z_]+'), '[A-Za-z_]+$')) AS SD_X_ROW_FORMAT,
       NULLIF(TRIM(REGEXP_REPLACE(REGEXP_REPLACE(t.CREATE_OPTIONS, 'row_format=[A-Za-z_]+|partitioned', ''), ' +', ' ')), '')
         AS SD_X_OPTIONS,
       NULL AS SD_X_PARTITIONED, -- MariaDB's partitioning is named as not compared
       REPLACE(v.VIEW_DEFINITION, CONCAT('`', REPLACE(v.TABLE_SCHEMA, '`', '``'), '`.'), '') AS SD_VIEW_DEFINITION,
       CASE WHEN v.CHECK_OPTION <> 'NONE' THEN v.CHECK_OPTION END AS SD_X_CHECK_OPTION,
       CASE WHEN v.SECURITY_TYPE <> 'DEFINER' THEN v.SECURITY_TYPE END AS SD_X_SECURITY,
       CASE WHEN v.DEFINER <> CURRENT_USER() THEN v.DEFINER END AS SD_X_DEFINER, -- another account's view
       (SELECT JSON_ARRAYAGG(JSON_ARRAY(u.TABLE_SCHEMA, u.TABLE_NAME))
          FROM information_schema.TABLES u
         WHERE v.TABLE_NAME IS NOT NULL AND u.TABLE_SCHEMA = t.TABLE_SCHEMA AND u.TABLE_NAME <> t.TABLE_NAME
           AND LOCATE(BINARY CONCAT('`', REPLACE(u.TABLE_SCHEMA, '`', '``'), '`.`', REPLACE(u.TABLE_NAME, '`', '``'), '`'),
                      v.VIEW_DEFINITION) > 0) AS SD_VIEW_READS
FROM information_schema.TABLES t
LEFT JOIN information_schema.VIEWS v ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME
WHERE t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'VIEW')
  AND t.TABLE_SCHEMA IN ({{namespaces}})
