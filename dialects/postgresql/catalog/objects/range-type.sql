-- Range types made in the compared schemas. The operator class and collation are named where
-- they are not the subtype's defaults; the multirange type (14+, in the range's schema) is read
-- through to_jsonb.
SELECT n.nspname AS schema_name, t.typname AS object_name,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment,
       pg_catalog.format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN NOT oc.opcdefault THEN quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) END AS subtype_opclass,
       CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN co.oid::pg_catalog.regcollation::text END AS collation,
       CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::regproc::text END AS canonical,
       CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::regproc::text END AS subtype_diff,
       (SELECT mt.typname FROM pg_catalog.pg_type mt
         WHERE mt.oid = (to_jsonb(r) ->> 'rngmultitypid')::oid) AS multirange_type_name
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid
JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
JOIN pg_catalog.pg_opclass oc ON oc.oid = r.rngsubopc
JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
LEFT JOIN pg_catalog.pg_collation co ON co.oid = r.rngcollation
WHERE t.typtype = 'r' AND n.nspname = ANY ({{namespaces}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_type'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
