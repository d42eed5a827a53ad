COMMENT ON TRIGGER ${sql.q(c.object().ref().name())} ON ${sql.qn(c.table())} IS ${sql.lit(c.object().comment())}
