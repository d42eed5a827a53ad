-- Objects in the compared database that schemadiff does not model yet, so that it can say so
-- instead of passing over them in silence.
SELECT 'start time (STARTS) of event' AS kind, EVENT_SCHEMA AS schema_name, EVENT_NAME AS object_name
FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN ({{namespaces}}) AND EVENT_TYPE = 'RECURRING'
