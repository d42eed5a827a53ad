<#-- Detached, never dropped: the rows stay, and the columns it inherited become its own. -->
<#assign name = sql.qn(c.table())>
<#if c.from()["partition-of"]??>
ALTER TABLE ${sql.tables(c.from()["partition-of"])[0]} DETACH PARTITION ${name}
${sql.statementBreak}
</#if>
<#list sql.tables(c.from()["inherits"]!"") as p>
ALTER TABLE ${name} NO INHERIT ${p}
${sql.statementBreak}
</#list>
