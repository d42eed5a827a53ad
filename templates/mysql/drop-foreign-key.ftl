DROP FOREIGN KEY ${sql.q(c.foreignKey().name())}
