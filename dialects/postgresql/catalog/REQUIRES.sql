-- What column defaults, columns, types, routines, triggers, materialized views and policies need to exist first, from
-- the server's dependency catalog: the sequences and functions a default calls, the collation and
-- type a column is of, what a type is made of, what a materialized view's query or a policy's
-- expressions read. An extension's member stands for its extension.
WITH required AS (
  SELECT 'pg_catalog.pg_class'::regclass AS classid, c.oid AS objid,
         CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'm' THEN 'materialized view'
                        WHEN 'v' THEN 'view' ELSE 'table' END AS kind,
         n.nspname AS schema_name, ''::text AS table_name, c.relname::text AS object_name
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('S', 'r', 'p', 'v', 'm') AND n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_catalog.pg_proc'::regclass, p.oid,
         CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         n.nspname, '', p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_catalog.pg_collation'::regclass, co.oid, 'collation', n.nspname, '', co.collname::text
  FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
  WHERE n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'
  UNION ALL
  -- Text search objects: a configuration named in an index or default (to_tsvector('cfg', …)),
  -- the parser and dictionaries it is made of, the template a dictionary is of.
  SELECT 'pg_catalog.pg_ts_config'::regclass, cf.oid, 'text search configuration', n.nspname, '', cf.cfgname::text
  FROM pg_catalog.pg_ts_config cf JOIN pg_catalog.pg_namespace n ON n.oid = cf.cfgnamespace
  WHERE n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_catalog.pg_ts_dict'::regclass, d.oid, 'text search dictionary', n.nspname, '', d.dictname::text
  FROM pg_catalog.pg_ts_dict d JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
  WHERE n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_catalog.pg_ts_parser'::regclass, p.oid, 'text search parser', n.nspname, '', p.prsname::text
  FROM pg_catalog.pg_ts_parser p JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
  WHERE n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_catalog.pg_ts_template'::regclass, t.oid, 'text search template', n.nspname, '', t.tmplname::text
  FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
  WHERE n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'
  UNION ALL
  -- Operator classes matter as their extension's members (others are not compared).
  SELECT 'pg_catalog.pg_opclass'::regclass, oc.oid, 'operator class', n.nspname, '', oc.opcname::text
  FROM pg_catalog.pg_opclass oc JOIN pg_catalog.pg_namespace n ON n.oid = oc.opcnamespace
  WHERE n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'
  UNION ALL
  -- Types as the kind that models them; enums and extensions' base types are plain types, and a
  -- relation's row type (a function returning SETOF a table) is the relation.
  SELECT 'pg_catalog.pg_type'::regclass, t.oid,
         CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type'
                        WHEN 'c' THEN CASE rel.relkind WHEN 'c' THEN 'composite type'
                                                       WHEN 'm' THEN 'materialized view' ELSE 'table' END
                        ELSE 'type' END,
         n.nspname, '', COALESCE(rel.relname, t.typname)::text
  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_catalog.pg_class rel ON t.typtype = 'c' AND rel.oid = t.typrelid
  WHERE n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'
),
as_object AS (
  -- An extension's member is required as the extension.
  SELECT r.classid, r.objid,
         COALESCE(CASE WHEN e.oid IS NOT NULL THEN 'extension' END, r.kind) AS kind,
         COALESCE(en.nspname, r.schema_name) AS schema_name,
         CASE WHEN e.oid IS NOT NULL THEN '' ELSE r.table_name END AS table_name,
         COALESCE(e.extname::text, r.object_name) AS object_name
  FROM required r
  LEFT JOIN pg_catalog.pg_depend x ON x.classid = r.classid AND x.objid = r.objid AND x.deptype = 'e'
  LEFT JOIN pg_catalog.pg_extension e ON e.oid = x.refobjid
  LEFT JOIN pg_catalog.pg_namespace en ON en.oid = e.extnamespace
)
SELECT 'column' AS kind, n.nspname AS schema_name, ''::text AS table_name, c.relname::text AS object_name, -- text: a routine's name(arguments) is longer than a name
       a.attname AS member,
       o.kind AS required_kind, o.schema_name AS required_schema, o.table_name AS required_table,
       o.object_name AS required_name, ''::text AS required_member
FROM pg_catalog.pg_attrdef ad
JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_attrdef'::regclass AND d.objid = ad.oid
                            AND d.deptype = 'n' AND d.refobjsubid = 0
JOIN as_object o ON o.classid = d.refclassid AND o.objid = d.refobjid
WHERE n.nspname = ANY ({{namespaces}})
UNION ALL
-- A column of a collation or a type made in a schema (or an extension's) needs it; a column of
-- an array type needs the element type.
SELECT 'column', n.nspname, '', c.relname, a.attname,
       o.kind, o.schema_name, o.table_name, o.object_name, ''
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_class c ON c.oid = d.objid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
LEFT JOIN pg_catalog.pg_type ty ON d.refclassid = 'pg_catalog.pg_type'::regclass AND ty.oid = d.refobjid
JOIN as_object o ON o.classid = d.refclassid
                AND o.objid = CASE WHEN ty.typcategory = 'A' AND ty.typelem <> 0 THEN ty.typelem ELSE d.refobjid END
WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objsubid > 0 AND d.deptype = 'n'
  AND d.refclassid IN ('pg_catalog.pg_collation'::regclass, 'pg_catalog.pg_type'::regclass)
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname = ANY ({{namespaces}})
UNION ALL
-- A domain, composite or range type needs the types, collations and functions it is made of: a
-- base type, the attributes' types, a subtype, the functions its checks call.
SELECT o.kind, o.schema_name, '', o.object_name, '',
       r.kind, r.schema_name, r.table_name, r.object_name, ''
FROM as_object o
JOIN pg_catalog.pg_type t ON o.classid = 'pg_catalog.pg_type'::regclass AND t.oid = o.objid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_depend d
  ON (d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid)
  OR (d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = t.typrelid AND d.objsubid > 0)
  OR (d.classid = 'pg_catalog.pg_constraint'::regclass
      AND d.objid IN (SELECT oid FROM pg_catalog.pg_constraint WHERE contypid = t.oid))
LEFT JOIN pg_catalog.pg_type rt ON d.refclassid = 'pg_catalog.pg_type'::regclass AND rt.oid = d.refobjid
JOIN as_object r ON r.classid = d.refclassid
                AND r.objid = CASE WHEN rt.typcategory = 'A' AND rt.typelem <> 0 THEN rt.typelem ELSE d.refobjid END
WHERE o.kind IN ('domain', 'composite type', 'range type') AND d.deptype = 'n' AND r.objid <> t.oid
  AND n.nspname = ANY ({{namespaces}})
UNION ALL
-- A materialized view needs what its query (its _RETURN rule) reads: relations, functions,
-- collations...
SELECT 'materialized view', n.nspname, '', c.relname, '',
       o.kind, o.schema_name, o.table_name, o.object_name, ''
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_rewrite r ON r.ev_class = c.oid
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
                            AND d.deptype = 'n' AND d.refobjid <> c.oid
JOIN as_object o ON o.classid = d.refclassid AND o.objid = d.refobjid
WHERE c.relkind = 'm' AND n.nspname = ANY ({{namespaces}})
UNION ALL
-- ...and the columns it reads, which cannot be dropped or retyped under it.
SELECT 'materialized view', n.nspname, '', c.relname, '',
       'column', rn.nspname, '', rc.relname, ra.attname
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_rewrite r ON r.ev_class = c.oid
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
                            AND d.deptype = 'n' AND d.refobjid <> c.oid
                            AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
JOIN pg_catalog.pg_attribute ra ON ra.attrelid = rc.oid AND ra.attnum = d.refobjsubid
WHERE c.relkind = 'm' AND n.nspname = ANY ({{namespaces}})
UNION ALL
-- A policy needs what its USING and WITH CHECK expressions read: functions, other relations...
SELECT 'policy', n.nspname, c.relname, po.polname, '',
       o.kind, o.schema_name, o.table_name, o.object_name, ''
FROM pg_catalog.pg_policy po
JOIN pg_catalog.pg_class c ON c.oid = po.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_policy'::regclass AND d.objid = po.oid
                            AND d.deptype = 'n' AND d.refobjid <> c.oid
JOIN as_object o ON o.classid = d.refclassid AND o.objid = d.refobjid
WHERE n.nspname = ANY ({{namespaces}})
UNION ALL
-- ...and the columns they read, of its table or others, which cannot be dropped or retyped under it.
SELECT 'policy', n.nspname, c.relname, po.polname, '',
       'column', rn.nspname, '', rc.relname, ra.attname
FROM pg_catalog.pg_policy po
JOIN pg_catalog.pg_class c ON c.oid = po.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_policy'::regclass AND d.objid = po.oid
                            AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
JOIN pg_catalog.pg_attribute ra ON ra.attrelid = rc.oid AND ra.attnum = d.refobjsubid
WHERE n.nspname = ANY ({{namespaces}})
UNION ALL
-- A function, procedure or aggregate needs the types of its arguments and result, and what a SQL-standard
-- body reads: relations, other routines, types...
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END, n.nspname, '',
       p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', '',
       o.kind, o.schema_name, o.table_name, o.object_name, ''
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'n'
LEFT JOIN pg_catalog.pg_type rt ON d.refclassid = 'pg_catalog.pg_type'::regclass AND rt.oid = d.refobjid
JOIN as_object o ON o.classid = d.refclassid
                AND o.objid = CASE WHEN rt.typcategory = 'A' AND rt.typelem <> 0 THEN rt.typelem ELSE d.refobjid END
WHERE p.prokind IN ('f', 'w', 'p', 'a') AND n.nspname = ANY ({{namespaces}})
  AND NOT (o.classid = 'pg_catalog.pg_proc'::regclass AND o.objid = p.oid)
UNION ALL
-- ...and the columns such a body reads, which cannot be dropped or retyped under it.
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END, n.nspname, '',
       p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', '',
       'column', rn.nspname, '', rc.relname, ra.attname
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'n'
                            AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
JOIN pg_catalog.pg_attribute ra ON ra.attrelid = rc.oid AND ra.attnum = d.refobjsubid
WHERE p.prokind IN ('f', 'w', 'p', 'a') AND n.nspname = ANY ({{namespaces}})
UNION ALL
-- A trigger needs its function and, for a constraint trigger, the table it references...
SELECT 'trigger', n.nspname, c.relname, t.tgname, '',
       o.kind, o.schema_name, o.table_name, o.object_name, ''
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_trigger'::regclass AND d.objid = t.oid
                            AND d.deptype IN ('n', 'a') AND d.refobjid <> c.oid
JOIN as_object o ON o.classid = d.refclassid AND o.objid = d.refobjid
WHERE NOT t.tgisinternal AND n.nspname = ANY ({{namespaces}})
UNION ALL
-- ...and the columns of its UPDATE OF list and WHEN condition.
SELECT 'trigger', n.nspname, c.relname, t.tgname, '',
       'column', n.nspname, '', c.relname, a.attname
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_trigger'::regclass AND d.objid = t.oid
                            AND d.deptype = 'n' AND d.refobjid = c.oid AND d.refobjsubid > 0
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
WHERE NOT t.tgisinternal AND n.nspname = ANY ({{namespaces}})
UNION ALL
-- A check constraint needs the functions, types and collations its expression names, so it is
-- added after they exist and dropped and added again around their being re-created...
SELECT 'check', n.nspname, c.relname, con.conname, '',
       o.kind, o.schema_name, o.table_name, o.object_name, ''
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_constraint'::regclass AND d.objid = con.oid
                            AND d.deptype = 'n' AND d.refobjid <> c.oid
JOIN as_object o ON o.classid = d.refclassid AND o.objid = d.refobjid
WHERE con.contype = 'c' AND n.nspname = ANY ({{namespaces}})
UNION ALL
-- ...and so does an index, with the operator classes of its keys.
SELECT 'index', n.nspname, t.relname, ic.relname, '',
       o.kind, o.schema_name, o.table_name, o.object_name, ''
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = i.indexrelid
                            AND d.deptype = 'n' AND d.refobjid <> t.oid
JOIN as_object o ON o.classid = d.refclassid AND o.objid = d.refobjid
WHERE n.nspname = ANY ({{namespaces}})
UNION ALL
-- A text search object needs what it is made of: a parser its functions, a template its
-- functions, a dictionary its template, a configuration its parser and dictionaries.
SELECT o.kind, o.schema_name, '', o.object_name, '',
       r.kind, r.schema_name, r.table_name, r.object_name, ''
FROM as_object o
JOIN pg_catalog.pg_depend d ON d.classid = o.classid AND d.objid = o.objid AND d.deptype = 'n'
JOIN as_object r ON r.classid = d.refclassid AND r.objid = d.refobjid
WHERE o.kind LIKE 'text search %' AND o.schema_name = ANY ({{namespaces}})
