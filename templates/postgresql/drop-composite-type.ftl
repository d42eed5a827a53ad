DROP TYPE ${sql.qn(c.object().ref().qname())}
