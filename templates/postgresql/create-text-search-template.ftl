<#-- The function names come from the catalog query, schema-qualified and quoted by the server. -->
<#assign o = c.object()>
<#assign t = o.definition()>
CREATE TEXT SEARCH TEMPLATE ${sql.qn(o.ref().qname())} (<#if t.init()??>INIT = ${t.init()}, </#if>LEXIZE = ${t.lexize()})
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON TEXT SEARCH TEMPLATE ${sql.qn(o.ref().qname())} IS ${sql.lit(o.comment())}
</#if>
