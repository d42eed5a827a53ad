DROP TRIGGER ${sql.q(c.object().ref().name())}
