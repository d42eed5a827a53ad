<#-- The function names come from the catalog query, schema-qualified and quoted by the server. -->
<#assign o = c.object()>
<#assign p = o.definition()>
CREATE TEXT SEARCH PARSER ${sql.qn(o.ref().qname())} (START = ${p.start()}, GETTOKEN = ${p.gettoken()}, END = ${p.end()}, LEXTYPES = ${p.lextypes()}<#if p.headline()??>, HEADLINE = ${p.headline()}</#if>)
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON TEXT SEARCH PARSER ${sql.qn(o.ref().qname())} IS ${sql.lit(o.comment())}
</#if>
