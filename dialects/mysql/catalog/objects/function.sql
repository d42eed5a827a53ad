-- Stored functions: the definition is SHOW CREATE FUNCTION's text without the definer (read by
-- MySqlInspection, as only it keeps the parameters as written); here the parameters and result
-- with their character sets (and collations other than the set's default), which decide whether
-- it is replaced, the definer (when it is not the account reading) and the sql_mode the body was
-- created under.
SELECT '' AS schema_name, r.ROUTINE_NAME AS object_name, NULL AS comment,
       r.ROUTINE_NAME AS name, NULL AS identity_arguments,
       IFNULL(a.arguments, '') AS arguments, a.returns AS returns, FALSE AS atomic,
       NULL AS definition, -- SHOW CREATE's text, with the parameters as written (MySqlInspection)
       IF(r.DEFINER = CURRENT_USER(), JSON_OBJECT('sql_mode', r.SQL_MODE),
          JSON_OBJECT('sql_mode', r.SQL_MODE, 'definer', r.DEFINER)) AS attributes
FROM information_schema.ROUTINES r
LEFT JOIN (
  SELECT p.SPECIFIC_NAME,
         GROUP_CONCAT(CASE WHEN p.ORDINAL_POSITION > 0 THEN CONCAT('`', REPLACE(p.PARAMETER_NAME, '`', '``'), '` ',
                      p.DTD_IDENTIFIER, IFNULL(CONCAT(' CHARSET ', p.CHARACTER_SET_NAME), ''),
                      IF(c.IS_DEFAULT = 'Yes' OR p.COLLATION_NAME IS NULL, '', CONCAT(' COLLATE ', p.COLLATION_NAME))) END
                      ORDER BY p.ORDINAL_POSITION SEPARATOR ', ') AS arguments,
         MAX(CASE WHEN p.ORDINAL_POSITION = 0 THEN CONCAT(p.DTD_IDENTIFIER,
                      IFNULL(CONCAT(' CHARSET ', p.CHARACTER_SET_NAME), ''),
                      IF(c.IS_DEFAULT = 'Yes' OR p.COLLATION_NAME IS NULL, '', CONCAT(' COLLATE ', p.COLLATION_NAME))) END)
           AS returns
  FROM information_schema.PARAMETERS p
  LEFT JOIN information_schema.COLLATIONS c ON c.COLLATION_NAME = p.COLLATION_NAME
  WHERE p.SPECIFIC_SCHEMA IN ({{namespaces}}) AND p.ROUTINE_TYPE = 'FUNCTION'
  GROUP BY p.SPECIFIC_NAME
) a ON a.SPECIFIC_NAME = r.SPECIFIC_NAME
WHERE r.ROUTINE_SCHEMA IN ({{namespaces}}) AND r.ROUTINE_TYPE = 'FUNCTION'
  AND r.ROUTINE_DEFINITION IS NOT NULL -- hidden from the account: refused, or named by --allow-partial
