DROP TEXT SEARCH TEMPLATE ${sql.qn(c.object().ref().qname())}
