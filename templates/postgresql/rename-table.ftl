ALTER TABLE ${sql.qn(c.from())} RENAME TO ${sql.q(c.to().name())}
