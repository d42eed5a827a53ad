<#-- Only unique keys are renamed in place here (dialect.properties), and a unique key is an index. -->
ALTER TABLE ${sql.qn(c.table())} RENAME INDEX ${sql.q(c.from())} TO ${sql.q(c.to())}
