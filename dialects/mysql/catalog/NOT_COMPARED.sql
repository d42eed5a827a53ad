-- Objects in the compared database that schemadiff does not model yet, so that it can say so
-- instead of passing over them in silence.
SELECT 'trigger' AS kind, TRIGGER_SCHEMA AS schema_name,
       CONCAT(EVENT_OBJECT_TABLE, '.', TRIGGER_NAME) AS object_name
FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN ({{namespaces}})
UNION ALL
SELECT LOWER(ROUTINE_TYPE), ROUTINE_SCHEMA, ROUTINE_NAME
FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN ({{namespaces}})
UNION ALL
SELECT 'event', EVENT_SCHEMA, EVENT_NAME
FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN ({{namespaces}})
UNION ALL
SELECT 'partitioning of', TABLE_SCHEMA, TABLE_NAME
FROM information_schema.TABLES
WHERE TABLE_SCHEMA IN ({{namespaces}}) AND CREATE_OPTIONS LIKE '%partitioned%'
