DROP TRIGGER ${sql.q(c.object().ref().name())} ON ${sql.qn(c.table())}
