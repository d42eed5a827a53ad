-- Objects in the compared database that schemadiff does not model yet, so that it can say so
-- instead of passing over them in silence.
SELECT 'start time (STARTS) of event' AS kind, EVENT_SCHEMA AS schema_name, EVENT_NAME AS object_name
FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN ({{namespaces}}) AND EVENT_TYPE = 'RECURRING'
UNION ALL
-- A stored program keeps the client character set and connection collation it was created
-- with; programs are created again under the migration's own (utf8mb4, as the server's default
-- and every loader here uses), so another one is named rather than silently changed.
SELECT CONCAT('client character set ', CHARACTER_SET_CLIENT, ' / ', COLLATION_CONNECTION, ' of ',
              LOWER(ROUTINE_TYPE)), ROUTINE_SCHEMA, ROUTINE_NAME
FROM information_schema.ROUTINES
WHERE ROUTINE_SCHEMA IN ({{namespaces}})
  AND (CHARACTER_SET_CLIENT <> 'utf8mb4' OR COLLATION_CONNECTION <> 'utf8mb4_0900_ai_ci')
UNION ALL
SELECT CONCAT('client character set ', CHARACTER_SET_CLIENT, ' / ', COLLATION_CONNECTION, ' of trigger'),
       TRIGGER_SCHEMA, TRIGGER_NAME
FROM information_schema.TRIGGERS
WHERE TRIGGER_SCHEMA IN ({{namespaces}})
  AND (CHARACTER_SET_CLIENT <> 'utf8mb4' OR COLLATION_CONNECTION <> 'utf8mb4_0900_ai_ci')
UNION ALL
SELECT CONCAT('client character set ', CHARACTER_SET_CLIENT, ' / ', COLLATION_CONNECTION, ' of event'),
       EVENT_SCHEMA, EVENT_NAME
FROM information_schema.EVENTS
WHERE EVENT_SCHEMA IN ({{namespaces}})
  AND (CHARACTER_SET_CLIENT <> 'utf8mb4' OR COLLATION_CONNECTION <> 'utf8mb4_0900_ai_ci')
