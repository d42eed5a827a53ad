ADD PRIMARY KEY (${sql.qlist(c.key().columns())})
