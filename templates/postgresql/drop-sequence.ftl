DROP SEQUENCE ${sql.qn(c.object().ref().qname())}
