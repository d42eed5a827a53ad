<#--
  MySQL refuses to add a column whose default is non-deterministic (uuid(), rand()…) to a table
  that has rows: the column is added without it and the default set right after.
-->
<#import "_lib.ftl" as lib>
<#assign col = c.column()>
<#assign volatile = col.defaultValue()?? && col.defaultValue()?matches("(?is)\\(.*\\b(uuid|uuid_short|uuid_to_bin|rand|sysdate)\\s*\\(.*")>
ADD COLUMN <@lib.column col=col withDefault=!volatile/><@lib.place c.after()!""/>
<#if volatile>
${sql.statementBreak}
ALTER TABLE ${sql.qn(c.table())} ALTER COLUMN ${sql.q(col.name())} SET DEFAULT ${col.defaultValue()}
</#if>
