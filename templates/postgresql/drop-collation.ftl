DROP COLLATION ${sql.qn(c.object().ref().qname())}
