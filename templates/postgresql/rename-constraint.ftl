ALTER TABLE ${sql.qn(c.table())} RENAME CONSTRAINT ${sql.q(c.from())} TO ${sql.q(c.to())}
