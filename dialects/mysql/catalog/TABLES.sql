-- Base tables and views. Options SHOW CREATE TABLE prints travel as SD_X_* attributes; the
-- AUTO_INCREMENT counter is data, not schema, and is left out; so is 'partitioned' (not said of
-- KEY partitioning), which the PARTITIONS table tells. A view's text is stripped of its
-- own database's qualifier so two databases with the same views compare equal.
SELECT NULL AS TABLE_CAT,
       t.TABLE_SCHEMA AS TABLE_SCHEM,
       t.TABLE_NAME AS TABLE_NAME,
       CASE t.TABLE_TYPE WHEN 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS TABLE_TYPE,
       CASE WHEN t.TABLE_TYPE = 'BASE TABLE' THEN t.TABLE_COMMENT END AS REMARKS,
       CASE WHEN t.TABLE_TYPE = 'BASE TABLE' THEN CONCAT('', t.TABLE_COMMENT) END AS SD_COMMENT, -- exactly: REMARKS is trimmed
       t.ENGINE AS SD_X_ENGINE,
       t.TABLE_COLLATION AS SD_X_COLLATION,
       UPPER(REGEXP_SUBSTR(REGEXP_SUBSTR(t.CREATE_OPTIONS, 'row_format=[A-Za-z_]+'), '[A-Za-z_]+$')) AS SD_X_ROW_FORMAT,
       NULLIF(TRIM(REGEXP_REPLACE(REGEXP_REPLACE(t.CREATE_OPTIONS, 'row_format=[A-Za-z_]+|partitioned', ''), ' +', ' ')), '')
         AS SD_X_OPTIONS,
       CASE WHEN p.TABLE_NAME IS NOT NULL THEN 'yes' END AS SD_X_PARTITIONED, -- read whole from SHOW CREATE TABLE
       REPLACE(v.VIEW_DEFINITION, CONCAT('`', REPLACE(v.TABLE_SCHEMA, '`', '``'), '`.'), '') AS SD_VIEW_DEFINITION,
       CASE WHEN v.CHECK_OPTION <> 'NONE' THEN v.CHECK_OPTION END AS SD_X_CHECK_OPTION,
       CASE WHEN v.SECURITY_TYPE <> 'DEFINER' THEN v.SECURITY_TYPE END AS SD_X_SECURITY,
       CASE WHEN v.DEFINER <> CURRENT_USER() THEN v.DEFINER END AS SD_X_DEFINER, -- another account's view
       (SELECT JSON_ARRAYAGG(JSON_ARRAY(u.TABLE_SCHEMA, u.TABLE_NAME))
          FROM information_schema.VIEW_TABLE_USAGE u
         WHERE u.VIEW_SCHEMA = t.TABLE_SCHEMA AND u.VIEW_NAME = t.TABLE_NAME) AS SD_VIEW_READS
FROM information_schema.TABLES t
LEFT JOIN (SELECT DISTINCT TABLE_SCHEMA, TABLE_NAME FROM information_schema.PARTITIONS
           WHERE PARTITION_NAME IS NOT NULL AND TABLE_SCHEMA IN ({{namespaces}})) p
       ON p.TABLE_SCHEMA = t.TABLE_SCHEMA AND p.TABLE_NAME = t.TABLE_NAME
LEFT JOIN information_schema.VIEWS v ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME
WHERE t.TABLE_TYPE IN ('BASE TABLE', 'VIEW')
  AND t.TABLE_SCHEMA IN ({{namespaces}})
