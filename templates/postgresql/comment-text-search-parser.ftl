COMMENT ON TEXT SEARCH PARSER ${sql.qn(c.object().ref().qname())} IS ${sql.lit(c.object().comment())}
