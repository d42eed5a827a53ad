-- Objects in the compared database that schemadiff does not model yet, so that it can say so
-- instead of passing over them in silence.
SELECT 'start time (STARTS) of event' AS kind, EVENT_SCHEMA AS schema_name, EVENT_NAME AS object_name
FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN ({{namespaces}}) AND EVENT_TYPE = 'RECURRING'
UNION ALL
-- A stored program keeps the client character set and connection collation it was created
-- with; programs are created again under the migration's own (utf8mb4, as the server's default
-- and every loader here uses), so another one is named rather than silently changed.
SELECT CONCAT('client character set ', p.cs, ' / ', p.coll, ' of ', p.kind), p.sch, p.nm
FROM (SELECT LOWER(ROUTINE_TYPE) AS kind, ROUTINE_SCHEMA AS sch, ROUTINE_NAME AS nm,
             CHARACTER_SET_CLIENT AS cs, COLLATION_CONNECTION AS coll FROM information_schema.ROUTINES
      UNION ALL
      SELECT 'trigger', TRIGGER_SCHEMA, TRIGGER_NAME, CHARACTER_SET_CLIENT, COLLATION_CONNECTION
      FROM information_schema.TRIGGERS
      UNION ALL
      SELECT 'event', EVENT_SCHEMA, EVENT_NAME, CHARACTER_SET_CLIENT, COLLATION_CONNECTION
      FROM information_schema.EVENTS) p
WHERE p.sch IN ({{namespaces}}) AND (p.cs <> 'utf8mb4' OR p.coll <> 'utf8mb4_0900_ai_ci')
