<#import "_lib.ftl" as lib>
ALTER TABLE ${sql.qn(c.table())} ADD CONSTRAINT ${sql.q(c.key().name())} PRIMARY KEY (${sql.qlist(c.key().columns())})<@lib.deferrable c.key().attributes()/>
<@lib.constraintComments c.table() c.key().name() c.key().attributes()/>
