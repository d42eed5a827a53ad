DROP INDEX ${sql.q(c.table().schema())}.${sql.q(c.index().name())}
