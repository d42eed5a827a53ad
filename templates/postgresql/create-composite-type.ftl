<#assign o = c.object()>
CREATE TYPE ${sql.qn(o.ref().qname())} AS (<#list o.definition().attributes() as a>${sql.q(a.name())} ${a.type()}<#if a.collation()??> COLLATE ${a.collation()}</#if><#sep>, </#list>)
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON TYPE ${sql.qn(o.ref().qname())} IS ${sql.lit(o.comment())}
</#if>
