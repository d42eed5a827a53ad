ALTER TABLE ${sql.qn(c.table())} ADD CONSTRAINT ${sql.q(c.key().name())} PRIMARY KEY (${sql.qlist(c.key().columns())})
