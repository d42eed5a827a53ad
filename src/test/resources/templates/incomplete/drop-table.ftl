DROP TABLE ${sql.qn(c.table())}
