COMMENT ON CONSTRAINT ${sql.q(c.object().ref().name())} ON ${sql.qn(c.object().definition().table())} IS ${sql.lit(c.object().comment())}
