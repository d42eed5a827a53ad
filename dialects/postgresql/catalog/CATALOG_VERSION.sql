-- One text that changes whenever DDL changes an object in a schema that is not the server's own:
-- for each catalog, its rows' count and newest xmin (every insert or update writes a new xmin,
-- a delete lowers the count). Read before and after the snapshot the model is read in, since
-- deparse functions (pg_get_viewdef, pg_get_expr, …) see the newest catalog, not the snapshot.
-- VACUUM and ANALYZE update pg_class in place (same xmin) and do not count; temporary schemas
-- are left out.
WITH ns AS (
  SELECT oid FROM pg_catalog.pg_namespace
  WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
),
rel AS (
  SELECT oid, xmin FROM pg_catalog.pg_class WHERE relnamespace IN (SELECT oid FROM ns)
)
SELECT concat_ws(' ',
  (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM pg_catalog.pg_namespace),
  (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM rel),
  (SELECT count(*) || ':' || coalesce(max(a.xmin::text::bigint), 0) FROM pg_catalog.pg_attribute a WHERE a.attrelid IN (SELECT oid FROM rel)),
  (SELECT count(*) || ':' || coalesce(max(d.xmin::text::bigint), 0) FROM pg_catalog.pg_attrdef d WHERE d.adrelid IN (SELECT oid FROM rel)),
  (SELECT count(*) || ':' || coalesce(max(c.xmin::text::bigint), 0) FROM pg_catalog.pg_constraint c WHERE c.connamespace IN (SELECT oid FROM ns)),
  (SELECT count(*) || ':' || coalesce(max(i.xmin::text::bigint), 0) FROM pg_catalog.pg_index i WHERE i.indrelid IN (SELECT oid FROM rel)),
  (SELECT count(*) || ':' || coalesce(max(t.xmin::text::bigint), 0) FROM pg_catalog.pg_trigger t WHERE t.tgrelid IN (SELECT oid FROM rel)),
  (SELECT count(*) || ':' || coalesce(max(p.xmin::text::bigint), 0) FROM pg_catalog.pg_policy p WHERE p.polrelid IN (SELECT oid FROM rel)),
  (SELECT count(*) || ':' || coalesce(max(r.xmin::text::bigint), 0) FROM pg_catalog.pg_rewrite r WHERE r.ev_class IN (SELECT oid FROM rel)),
  (SELECT count(*) || ':' || coalesce(max(p.xmin::text::bigint), 0) FROM pg_catalog.pg_proc p WHERE p.pronamespace IN (SELECT oid FROM ns)),
  (SELECT count(*) || ':' || coalesce(max(t.xmin::text::bigint), 0) FROM pg_catalog.pg_type t WHERE t.typnamespace IN (SELECT oid FROM ns)),
  (SELECT count(*) || ':' || coalesce(max(e.xmin::text::bigint), 0) FROM pg_catalog.pg_enum e),
  (SELECT count(*) || ':' || coalesce(max(s.xmin::text::bigint), 0) FROM pg_catalog.pg_sequence s),
  (SELECT count(*) || ':' || coalesce(max(x.xmin::text::bigint), 0) FROM pg_catalog.pg_extension x),
  (SELECT count(*) || ':' || coalesce(max(c.xmin::text::bigint), 0) FROM pg_catalog.pg_collation c WHERE c.collnamespace IN (SELECT oid FROM ns)),
  (SELECT count(*) || ':' || coalesce(max(h.xmin::text::bigint), 0) FROM pg_catalog.pg_inherits h),
  (SELECT count(*) || ':' || coalesce(max(m.xmin::text::bigint), 0) FROM pg_catalog.pg_ts_config_map m),
  (SELECT count(*) || ':' || coalesce(max(d.xmin::text::bigint), 0) FROM pg_catalog.pg_ts_dict d WHERE d.dictnamespace IN (SELECT oid FROM ns)),
  (SELECT count(*) || ':' || coalesce(max(d.xmin::text::bigint), 0) FROM pg_catalog.pg_description d))
