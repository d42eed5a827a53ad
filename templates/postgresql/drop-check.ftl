ALTER TABLE ${sql.qn(c.table())} DROP CONSTRAINT ${sql.q(c.check().name())}
