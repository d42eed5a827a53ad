-- Indexes not owned by a constraint. One row per key for SchemaCrawler; the whole key list,
-- with expressions, order, operator classes and collations, travels as JSON in SD_KEYS.
SELECT NULL::text AS "TABLE_CAT",
       n.nspname  AS "TABLE_SCHEM",
       c.relname  AS "TABLE_NAME",
       NOT i.indisunique AS "NON_UNIQUE",
       NULL::text AS "INDEX_QUALIFIER",
       ic.relname AS "INDEX_NAME",
       3          AS "TYPE",
       k.ord      AS "ORDINAL_POSITION",
       CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, false)
            ELSE a.attname END AS "COLUMN_NAME",
       NULL::text AS "ASC_OR_DESC",
       0::bigint  AS "CARDINALITY",
       0::bigint  AS "PAGES",
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS "FILTER_CONDITION",
       am.amname  AS "SD_METHOD",
       to_jsonb(i) ->> 'indnullsnotdistinct' AS "SD_NULLS_NOT_DISTINCT", -- 15+
       array_to_string(ic.reloptions, ', ') AS "SD_WITH",
       pg_catalog.obj_description(i.indexrelid, 'pg_class') AS "SD_X_COMMENT",
       (SELECT json_agg(json_build_object(
                 'column', ka.attname,
                 'expression', CASE WHEN x.attnum = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, x.o::int, false) END,
                 'descending', (i.indoption[x.o - 1] & 1) = 1,
                 'nullsFirst', (i.indoption[x.o - 1] & 2) = 2,
                 'orderable', pg_catalog.pg_indexam_has_property(am.oid, 'can_order'),
                 'opclass', CASE WHEN NOT opc.opcdefault THEN
                              CASE WHEN opn.nspname = 'pg_catalog' THEN opc.opcname
                                   ELSE pg_catalog.quote_ident(opn.nspname) || '.' || opc.opcname END END,
                 'collation', CASE WHEN i.indcollation[x.o - 1] <> 0
                                    AND i.indcollation[x.o - 1] <> COALESCE(ka.attcollation, 0)
                                    AND (x.attnum <> 0 OR i.indcollation[x.o - 1] <> 100)
                                   THEN kc.oid::pg_catalog.regcollation::text END)
               ORDER BY x.o)::text
          FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS x(attnum, o)
          LEFT JOIN pg_catalog.pg_attribute ka ON ka.attrelid = i.indrelid AND ka.attnum = x.attnum AND x.attnum <> 0
          LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[x.o - 1]
          LEFT JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace
          LEFT JOIN pg_catalog.pg_collation kc ON kc.oid = i.indcollation[x.o - 1]
         WHERE x.o <= i.indnkeyatts) AS "SD_KEYS",
       (SELECT json_agg(ia.attname ORDER BY x.o)::text
          FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS x(attnum, o)
          JOIN pg_catalog.pg_attribute ia ON ia.attrelid = i.indrelid AND ia.attnum = x.attnum
         WHERE x.o > i.indnkeyatts) AS "SD_INCLUDE",
       (SELECT json_agg(DISTINCT da.attname)::text
          FROM pg_catalog.pg_depend d
          JOIN pg_catalog.pg_attribute da ON da.attrelid = d.refobjid AND da.attnum = d.refobjsubid
         WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = i.indexrelid
           AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = i.indrelid
           AND d.refobjsubid > 0) AS "SD_READS"
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum <> 0
WHERE k.ord <= i.indnkeyatts
  AND c.relkind IN ('r', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
  -- A partition's copy of its parent's index comes and goes with the parent's.
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = i.indexrelid)
  AND n.nspname = ANY ({{namespaces}})
ORDER BY n.nspname, c.relname, ic.relname, k.ord
