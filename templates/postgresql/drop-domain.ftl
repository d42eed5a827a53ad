DROP DOMAIN ${sql.qn(c.object().ref().qname())}
