<#-- Checks that go are dropped before those that come, which may take their names. -->
<#assign name = sql.qn(c.object().ref().qname())>
<#assign f = c.from().definition()>
<#assign d = c.object().definition()>
<#list f.checksDropped(d) as k>
ALTER DOMAIN ${name} DROP CONSTRAINT ${sql.q(k.name())}
${sql.statementBreak}
</#list>
<#if (f.defaultValue()!"") != (d.defaultValue()!"")>
<#if d.defaultValue()??>
ALTER DOMAIN ${name} SET DEFAULT ${d.defaultValue()}
<#else>
ALTER DOMAIN ${name} DROP DEFAULT
</#if>
${sql.statementBreak}
</#if>
<#if f.notNull() != d.notNull()>
ALTER DOMAIN ${name} ${d.notNull()?then("SET", "DROP")} NOT NULL
${sql.statementBreak}
</#if>
<#list f.checksAdded(d) as k>
ALTER DOMAIN ${name} ADD CONSTRAINT ${sql.q(k.name())} ${k.definition()}
${sql.statementBreak}
</#list>
