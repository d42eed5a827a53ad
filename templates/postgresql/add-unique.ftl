<#import "_lib.ftl" as lib>
ALTER TABLE ${sql.qn(c.table())} ADD CONSTRAINT ${sql.q(c.unique().name())} <@lib.unique c.unique()/>
<@lib.constraintComments c.table() c.unique().name() c.unique().attributes()/>
