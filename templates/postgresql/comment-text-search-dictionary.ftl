COMMENT ON TEXT SEARCH DICTIONARY ${sql.qn(c.object().ref().qname())} IS ${sql.lit(c.object().comment())}
