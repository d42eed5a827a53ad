ALTER EXTENSION ${sql.q(c.object().ref().name())} UPDATE TO ${sql.lit(c.object().definition().version())}
