<#-- Persistence, storage parameters, replica identity and row level security (enabled and forced
     apart), each where it changed (parents: leave/join-parents). -->
<#import "_lib.ftl" as lib>
<#assign name = sql.qn(c.table())>
<#assign t = "ALTER TABLE " + name>
<#if c.changed("persistence")>
${t} SET ${c.to()["persistence"]???then("UNLOGGED", "LOGGED")}
${sql.statementBreak}
</#if>
<@lib.setOptions t c.from()["options"]!"" c.to()["options"]!""/>
<#if c.changed("replica-identity")>
${t} REPLICA IDENTITY ${(c.to()["replica-identity"]!"default")?upper_case}
${sql.statementBreak}
</#if>
<#if c.changed("row-security")>
${t} <#if c.to()["row-security"]??>ENABLE<#else>DISABLE</#if> ROW LEVEL SECURITY
${sql.statementBreak}
</#if>
<#if c.changed("force-row-security")>
${t} <#if c.to()["force-row-security"]??>FORCE<#else>NO FORCE</#if> ROW LEVEL SECURITY
</#if>
