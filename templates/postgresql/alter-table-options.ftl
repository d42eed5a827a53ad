<#-- Persistence, storage parameters and replica identity, each only where it changed. -->
<#import "_lib.ftl" as lib>
<#assign t = "ALTER TABLE " + sql.qn(c.table())>
<#if c.changed("persistence")>
${t} SET ${c.to()["persistence"]???then("UNLOGGED", "LOGGED")}
${sql.statementBreak}
</#if>
<@lib.setOptions t c.from()["options"]!"" c.to()["options"]!""/>
<#if c.changed("replica-identity")>
${t} REPLICA IDENTITY ${(c.to()["replica-identity"]!"default")?upper_case}
</#if>
