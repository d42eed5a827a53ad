ALTER TABLE ${sql.qn(c.table())} ADD CONSTRAINT ${sql.q(c.check().name())} CHECK (${c.check().expression()})
