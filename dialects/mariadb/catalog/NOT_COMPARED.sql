-- Objects in the compared database that schemadiff does not model yet, so that it can say so
-- instead of passing over them in silence: MySQL's (dialects/mysql), and what only MariaDB has.
SELECT 'start time (STARTS) of event' AS kind, EVENT_SCHEMA AS schema_name, EVENT_NAME AS object_name
FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN ({{namespaces}}) AND EVENT_TYPE = 'RECURRING'
UNION ALL
SELECT 'sequence', TABLE_SCHEMA, TABLE_NAME
FROM information_schema.TABLES WHERE TABLE_SCHEMA IN ({{namespaces}}) AND TABLE_TYPE = 'SEQUENCE'
UNION ALL
-- Compared as a plain table: its history, period columns and versioning are not.
SELECT 'system versioning of table', TABLE_SCHEMA, TABLE_NAME
FROM information_schema.TABLES WHERE TABLE_SCHEMA IN ({{namespaces}}) AND TABLE_TYPE = 'SYSTEM VERSIONED'
UNION ALL
-- Compared as a plain table: its partitions are not.
SELECT DISTINCT 'partitioning of table', TABLE_SCHEMA, TABLE_NAME
FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA IN ({{namespaces}}) AND PARTITION_NAME IS NOT NULL
UNION ALL
-- A stored program keeps the client character set and connection collation it was created
-- with; programs are created again under the migration's own (utf8mb4 with its default
-- collation, as the embedded server and every loader here use), so another one is named.
SELECT CONCAT('client character set ', p.cs, ' / ', p.coll, ' of ', p.kind), p.sch, p.nm
FROM (SELECT LOWER(ROUTINE_TYPE) AS kind, ROUTINE_SCHEMA AS sch, ROUTINE_NAME AS nm,
             CHARACTER_SET_CLIENT AS cs, COLLATION_CONNECTION AS coll FROM information_schema.ROUTINES
      UNION ALL
      SELECT 'trigger', TRIGGER_SCHEMA, TRIGGER_NAME, CHARACTER_SET_CLIENT, COLLATION_CONNECTION
      FROM information_schema.TRIGGERS
      UNION ALL
      SELECT 'event', EVENT_SCHEMA, EVENT_NAME, CHARACTER_SET_CLIENT, COLLATION_CONNECTION
      FROM information_schema.EVENTS) p
WHERE p.sch IN ({{namespaces}}) AND (p.cs <> 'utf8mb4' OR p.coll <> 'utf8mb4_general_ci')
