-- Every index but the primary key, unique ones included (MySQL's unique constraints are unique
-- indexes). One row per key part; the whole key list, with functional parts, prefix lengths and
-- order, travels as JSON in SD_KEYS (sorted by "seq" when read).
SELECT NULL AS TABLE_CAT,
       s.TABLE_SCHEMA AS TABLE_SCHEM,
       s.TABLE_NAME AS TABLE_NAME,
       s.NON_UNIQUE = 1 AS NON_UNIQUE,
       NULL AS INDEX_QUALIFIER,
       s.INDEX_NAME AS INDEX_NAME,
       3 AS TYPE,
       s.SEQ_IN_INDEX AS ORDINAL_POSITION,
       COALESCE(s.COLUMN_NAME, s.EXPRESSION) AS COLUMN_NAME,
       NULL AS ASC_OR_DESC,
       0 AS CARDINALITY,
       0 AS PAGES,
       NULL AS FILTER_CONDITION,
       LOWER(s.INDEX_TYPE) AS SD_METHOD,
       JSON_ARRAYAGG(JSON_OBJECT(
           'seq', s.SEQ_IN_INDEX,
           'column', s.COLUMN_NAME,
           'expression', REPLACE(REGEXP_REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(s.EXPRESSION, '\\\\', CHAR(0 USING utf8mb4)), '\\n', '\n'), '\\r', '\r'), '\\Z', CHAR(26 USING utf8mb4)), '\\\\(.)', '$1'), CHAR(0 USING utf8mb4), '\\'),
           'descending', s.COLLATION = 'D',
           'nullsFirst', s.COLLATION = 'D',
           -- A SPATIAL index reports a SUB_PART it does not have.
           'prefixLength', CASE WHEN s.INDEX_TYPE <> 'SPATIAL' THEN s.SUB_PART END))
         OVER (PARTITION BY s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME) AS SD_KEYS,
       CASE WHEN s.IS_VISIBLE = 'NO' THEN 'true' END AS SD_X_INVISIBLE,
       NULLIF(s.INDEX_COMMENT, '') AS SD_X_COMMENT
FROM information_schema.STATISTICS s
WHERE s.INDEX_NAME <> 'PRIMARY'
  AND s.TABLE_SCHEMA IN ({{namespaces}})
ORDER BY s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX
