-- Triggers as the server keeps them: timing, event, table, their place among the table's triggers
-- of the same timing and event (FOLLOWS the one before), body. The sql_mode they were created
-- under changes what the body does; the definer is kept when it is not the account reading.
SELECT '' AS schema_name, t.EVENT_OBJECT_TABLE AS table_name, t.TRIGGER_NAME AS object_name,
       NULL AS comment,
       CONCAT('CREATE TRIGGER `', REPLACE(t.TRIGGER_NAME, '`', '``'), '` ', t.ACTION_TIMING, ' ',
              t.EVENT_MANIPULATION, ' ON `', REPLACE(t.EVENT_OBJECT_TABLE, '`', '``'), '` FOR EACH ROW ',
              IFNULL(CONCAT('FOLLOWS `', REPLACE(p.TRIGGER_NAME, '`', '``'), '` '), ''),
              t.ACTION_STATEMENT) AS definition,
       'O' AS enabled,
       IF(t.DEFINER = CURRENT_USER(), JSON_OBJECT('sql_mode', t.SQL_MODE),
          JSON_OBJECT('sql_mode', t.SQL_MODE, 'definer', t.DEFINER)) AS attributes
FROM information_schema.TRIGGERS t
LEFT JOIN information_schema.TRIGGERS p
  ON p.TRIGGER_SCHEMA = t.TRIGGER_SCHEMA AND p.EVENT_OBJECT_TABLE = t.EVENT_OBJECT_TABLE
 AND p.ACTION_TIMING = t.ACTION_TIMING AND p.EVENT_MANIPULATION = t.EVENT_MANIPULATION
 AND p.ACTION_ORDER = t.ACTION_ORDER - 1
WHERE t.TRIGGER_SCHEMA IN ({{namespaces}})
