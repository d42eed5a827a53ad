ALTER TABLE ${sql.qn(c.table())} DROP COLUMN ${sql.q(c.column().name())}
