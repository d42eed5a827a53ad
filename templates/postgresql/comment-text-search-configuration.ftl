COMMENT ON TEXT SEARCH CONFIGURATION ${sql.qn(c.object().ref().qname())} IS ${sql.lit(c.object().comment())}
