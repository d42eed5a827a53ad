-- MySQL's (dialects/mysql) without functional key parts, which MariaDB has not; IGNORED is its
-- INVISIBLE. JSON_ARRAYAGG is no window function here: each index's keys come from a grouped join.
SELECT NULL AS TABLE_CAT,
       s.TABLE_SCHEMA AS TABLE_SCHEM,
       s.TABLE_NAME AS TABLE_NAME,
       s.NON_UNIQUE = 1 AS NON_UNIQUE,
       NULL AS INDEX_QUALIFIER,
       s.INDEX_NAME AS INDEX_NAME,
       3 AS TYPE,
       s.SEQ_IN_INDEX AS ORDINAL_POSITION,
       s.COLUMN_NAME AS COLUMN_NAME,
       NULL AS ASC_OR_DESC,
       0 AS CARDINALITY,
       0 AS PAGES,
       NULL AS FILTER_CONDITION,
       LOWER(s.INDEX_TYPE) AS SD_METHOD,
       k.SD_KEYS AS SD_KEYS,
       CASE WHEN s.IGNORED = 'YES' THEN 'true' END AS SD_X_INVISIBLE,
       NULLIF(s.INDEX_COMMENT, '') AS SD_X_COMMENT
FROM information_schema.STATISTICS s
JOIN (SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME,
             JSON_ARRAYAGG(JSON_OBJECT(
               'seq', SEQ_IN_INDEX,
               'column', COLUMN_NAME,
               'descending', COLLATION = 'D',
               'nullsFirst', COLLATION = 'D',
               -- A SPATIAL index reports a SUB_PART it does not have.
               'prefixLength', CASE WHEN INDEX_TYPE <> 'SPATIAL' THEN SUB_PART END)) AS SD_KEYS
      FROM information_schema.STATISTICS
      WHERE INDEX_NAME <> 'PRIMARY' AND TABLE_SCHEMA IN ({{namespaces}})
      GROUP BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME) k
  ON k.TABLE_SCHEMA = s.TABLE_SCHEMA AND k.TABLE_NAME = s.TABLE_NAME AND k.INDEX_NAME = s.INDEX_NAME
WHERE s.INDEX_NAME <> 'PRIMARY'
  AND s.TABLE_SCHEMA IN ({{namespaces}})
ORDER BY s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX
