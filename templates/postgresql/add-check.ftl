<#import "_lib.ftl" as lib>
ALTER TABLE ${sql.qn(c.table())} ADD CONSTRAINT ${sql.q(c.check().name())} CHECK (${c.check().expression()})<#if c.check().attributes()["no-inherit"]??> NO INHERIT</#if><#if c.check().attributes()["not-valid"]?? || online == "VALIDATED_AFTER"> NOT VALID</#if><#if online == "VALIDATED_AFTER">
${sql.statementBreak}
ALTER TABLE ${sql.qn(c.table())} VALIDATE CONSTRAINT ${sql.q(c.check().name())}</#if>
<@lib.constraintComments c.table() c.check().name() c.check().attributes()/>
