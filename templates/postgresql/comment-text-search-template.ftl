COMMENT ON TEXT SEARCH TEMPLATE ${sql.qn(c.object().ref().qname())} IS ${sql.lit(c.object().comment())}
