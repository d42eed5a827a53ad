-- What objects need to exist first: a trigger the one it FOLLOWS (its place among the table's
-- triggers of the same timing and event).
SELECT 'trigger' AS kind, '' AS schema_name, t.EVENT_OBJECT_TABLE AS table_name, t.TRIGGER_NAME AS object_name,
       '' AS member, 'trigger' AS required_kind, '' AS required_schema, p.EVENT_OBJECT_TABLE AS required_table,
       p.TRIGGER_NAME AS required_name
FROM information_schema.TRIGGERS t
JOIN information_schema.TRIGGERS p
  ON p.TRIGGER_SCHEMA = t.TRIGGER_SCHEMA AND p.EVENT_OBJECT_TABLE = t.EVENT_OBJECT_TABLE
 AND p.ACTION_TIMING = t.ACTION_TIMING AND p.EVENT_MANIPULATION = t.EVENT_MANIPULATION
 AND p.ACTION_ORDER = t.ACTION_ORDER - 1
WHERE t.TRIGGER_SCHEMA IN ({{namespaces}})
