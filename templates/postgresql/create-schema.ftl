CREATE SCHEMA ${sql.q(c.name())}
