DROP TEXT SEARCH CONFIGURATION ${sql.qn(c.object().ref().qname())}
