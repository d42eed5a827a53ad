<#-- PostgreSQL's table attributes: row level security, enabled and forced apart. -->
<#assign name = sql.qn(c.table())>
<#if c.changed("row-security")>
ALTER TABLE ${name} <#if c.to()["row-security"]??>ENABLE<#else>DISABLE</#if> ROW LEVEL SECURITY
${sql.statementBreak}
</#if>
<#if c.changed("force-row-security")>
ALTER TABLE ${name} <#if c.to()["force-row-security"]??>FORCE<#else>NO FORCE</#if> ROW LEVEL SECURITY
</#if>
