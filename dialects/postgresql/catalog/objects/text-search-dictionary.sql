-- Text search dictionaries made in the compared schemas (not those of extensions). The server
-- keeps the options as one text, `name = 'value', …` (names quoted where they must be, values
-- quoted with ' doubled, E'…' when they hold a backslash, numbers bare): it is split into
-- options, sorted by name since their order means nothing.
SELECT n.nspname AS schema_name, d.dictname AS object_name,
       pg_catalog.obj_description(d.oid, 'pg_ts_dict') AS comment,
       pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.tmplname) AS template,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('name', o.m[1], 'value', o.m[2]) ORDER BY o.m[1]), '[]'::jsonb)
        FROM regexp_matches(coalesce(d.dictinitoption, ''),
                            '("(?:[^"]|"")+"|[^\s=,"]+) = (E?''(?:[^'']|'''')*''|[^\s,]+)', 'g') AS o(m)) AS options
FROM pg_catalog.pg_ts_dict d
JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_ts_dict'::regclass
                  AND x.objid = d.oid AND x.deptype = 'e')
