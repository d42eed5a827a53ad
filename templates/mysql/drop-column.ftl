DROP COLUMN ${sql.q(c.column().name())}
