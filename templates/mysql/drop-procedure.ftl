DROP PROCEDURE ${sql.q(c.object().ref().name())}
