DROP TEXT SEARCH DICTIONARY ${sql.qn(c.object().ref().qname())}
