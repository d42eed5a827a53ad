COMMENT ON EXTENSION ${sql.q(c.object().ref().name())} IS ${sql.lit(c.object().comment())}
