ALTER INDEX ${sql.q(c.table().schema())}.${sql.q(c.from())} RENAME TO ${sql.q(c.to())}
