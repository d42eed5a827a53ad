DROP TEXT SEARCH PARSER ${sql.qn(c.object().ref().qname())}
