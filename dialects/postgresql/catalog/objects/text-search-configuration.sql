-- Text search configurations made in the compared schemas (not those of extensions): the parser
-- and, per token type (by the parser's alias, in the parser's order), the dictionaries in the
-- order they are tried, all schema-qualified.
SELECT n.nspname AS schema_name, c.cfgname AS object_name,
       pg_catalog.obj_description(c.oid, 'pg_ts_config') AS comment,
       pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.prsname) AS parser,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('token', tt.alias, 'dictionaries', m.dictionaries)
                                  ORDER BY tt.tokid), '[]'::jsonb)
        FROM (SELECT cm.maptokentype,
                     array_agg(pg_catalog.quote_ident(dn.nspname) || '.' || pg_catalog.quote_ident(d.dictname)
                               ORDER BY cm.mapseqno) AS dictionaries
              FROM pg_catalog.pg_ts_config_map cm
              JOIN pg_catalog.pg_ts_dict d ON d.oid = cm.mapdict
              JOIN pg_catalog.pg_namespace dn ON dn.oid = d.dictnamespace
              WHERE cm.mapcfg = c.oid
              GROUP BY cm.maptokentype) m
        JOIN pg_catalog.ts_token_type(c.cfgparser) tt ON tt.tokid = m.maptokentype) AS mappings
FROM pg_catalog.pg_ts_config c
JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_ts_config'::regclass
                  AND x.objid = c.oid AND x.deptype = 'e')
