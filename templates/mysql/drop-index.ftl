DROP INDEX ${sql.q(c.index().name())}
