<#assign o = c.object()>
<#assign d = o.definition()>
CREATE DOMAIN ${sql.qn(o.ref().qname())} AS ${d.type()}<#if d.collation()??> COLLATE ${d.collation()}</#if><#if d.defaultValue()??> DEFAULT ${d.defaultValue()}</#if><#if d.notNull()> NOT NULL</#if><#list d.checks() as k> CONSTRAINT ${sql.q(k.name())} ${k.definition()}</#list>
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON DOMAIN ${sql.qn(o.ref().qname())} IS ${sql.lit(o.comment())}
</#if>
