-- Check constraints (unique keys are read as indexes; keys and foreign keys have own queries).
-- MariaDB gives the clause as SQL text, and has no NOT ENFORCED; a check written inside its
-- column's definition (LEVEL 'Column', as every JSON column has) is written back there.
SELECT NULL AS CONSTRAINT_CATALOG,
       tc.CONSTRAINT_SCHEMA AS CONSTRAINT_SCHEMA,
       tc.CONSTRAINT_NAME AS CONSTRAINT_NAME,
       NULL AS TABLE_CATALOG,
       tc.TABLE_SCHEMA AS TABLE_SCHEMA,
       tc.TABLE_NAME AS TABLE_NAME,
       'CHECK' AS CONSTRAINT_TYPE,
       'NO' AS IS_DEFERRABLE,
       'NO' AS INITIALLY_DEFERRED,
       cc.CHECK_CLAUSE AS SD_CHECK,
       CASE WHEN cc.LEVEL = 'Column' THEN 'true' END AS SD_X_COLUMN_LEVEL
FROM information_schema.TABLE_CONSTRAINTS tc
JOIN information_schema.CHECK_CONSTRAINTS cc
  ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.TABLE_NAME = tc.TABLE_NAME
 AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
WHERE tc.CONSTRAINT_TYPE = 'CHECK'
  AND tc.TABLE_SCHEMA IN ({{namespaces}})
