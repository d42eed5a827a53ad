DROP TYPE ${sql.qn(c.type().name())}
