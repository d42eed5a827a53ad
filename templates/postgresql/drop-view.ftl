DROP VIEW ${sql.qn(c.view().name())}
