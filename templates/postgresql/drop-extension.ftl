DROP EXTENSION ${sql.q(c.object().ref().name())}
