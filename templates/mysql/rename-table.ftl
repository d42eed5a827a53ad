RENAME TABLE ${sql.qn(c.from())} TO ${sql.qn(c.to())}
