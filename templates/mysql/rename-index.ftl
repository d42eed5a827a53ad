ALTER TABLE ${sql.qn(c.table())} RENAME INDEX ${sql.q(c.from())} TO ${sql.q(c.to())}
