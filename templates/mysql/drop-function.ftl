DROP FUNCTION ${sql.q(c.object().ref().name())}
