<#-- Persistence, storage parameters and replica identity, each where it changed (parents: leave/join-parents). -->
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
</#if>
