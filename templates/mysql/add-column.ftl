<#--
  A non-deterministic default (uuid(), rand()…) gives each existing row its own value when MySQL
  adds the column with it, but a server that logs statements refuses that ALTER ("unsafe"). So
  the column is added without it (and nullable), every existing row is given a value computed as
  the default would, and then the default (and NOT NULL) is set: the result is the same.
-->
<#import "_lib.ftl" as lib>
<#assign col = c.column()>
<#assign volatile = col.defaultValue()?? && col.defaultValue()?matches("(?is)\\(.*\\b(uuid|uuid_short|uuid_to_bin|rand|sysdate)\\s*\\(.*")>
ADD COLUMN <@lib.column col=col withDefault=!volatile nullable=volatile/><@lib.place c.after()!""/>
<#if volatile>
${sql.statementBreak}
UPDATE ${sql.qn(c.table())} SET ${sql.q(col.name())} = ${col.defaultValue()}
${sql.statementBreak}
<#if col.notNull()>
ALTER TABLE ${sql.qn(c.table())} MODIFY COLUMN <@lib.column col=col/>
<#else>
ALTER TABLE ${sql.qn(c.table())} ALTER COLUMN ${sql.q(col.name())} SET DEFAULT ${col.defaultValue()}
</#if>
</#if>
