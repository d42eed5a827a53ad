DROP TABLE ${sql.qn(c.definition().name())}
