COMMENT ON TABLE ${sql.qn(c.table())} IS ${sql.lit(c.to())}
