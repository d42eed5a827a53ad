<#-- Option names and values are written as the server stored them (quoted by it). -->
<#assign o = c.object()>
<#assign d = o.definition()>
CREATE TEXT SEARCH DICTIONARY ${sql.qn(o.ref().qname())} (TEMPLATE = ${d.template()}<#list d.options() as x>, ${x.name()} = ${x.value()}</#list>)
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON TEXT SEARCH DICTIONARY ${sql.qn(o.ref().qname())} IS ${sql.lit(o.comment())}
</#if>
