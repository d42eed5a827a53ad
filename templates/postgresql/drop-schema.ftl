DROP SCHEMA ${sql.q(c.name())}
