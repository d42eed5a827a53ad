COMMENT ON TYPE ${sql.qn(c.object().ref().qname())} IS ${sql.lit(c.object().comment())}
