DROP CHECK ${sql.q(c.check().name())}
