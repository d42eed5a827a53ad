DROP EVENT ${sql.q(c.object().ref().name())}
