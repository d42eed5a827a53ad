COMMENT ON MATERIALIZED VIEW ${sql.qn(c.object().ref().qname())} IS ${sql.lit(c.object().comment())}
