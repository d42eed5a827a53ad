<#-- Attached once it has the parent's columns: the server checks its rows against the bound. -->
<#assign name = sql.qn(c.table())>
<#if c.to()["partition-of"]??>
ALTER TABLE ${sql.tables(c.to()["partition-of"])[0]} ATTACH PARTITION ${name} ${c.to()["partition-bound"]}
${sql.statementBreak}
</#if>
<#list sql.tables(c.to()["inherits"]!"") as p>
ALTER TABLE ${name} INHERIT ${p}
${sql.statementBreak}
</#list>
