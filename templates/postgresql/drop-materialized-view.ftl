DROP MATERIALIZED VIEW ${sql.qn(c.object().ref().qname())}
