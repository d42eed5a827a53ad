COMMENT = ${sql.lit(c.to()!"")}
