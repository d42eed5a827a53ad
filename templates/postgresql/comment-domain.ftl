COMMENT ON DOMAIN ${sql.qn(c.object().ref().qname())} IS ${sql.lit(c.object().comment())}
