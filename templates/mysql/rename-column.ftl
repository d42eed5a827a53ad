ALTER TABLE ${sql.qn(c.table())} RENAME COLUMN ${sql.q(c.from())} TO ${sql.q(c.to())}
