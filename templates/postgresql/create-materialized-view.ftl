<#assign o = c.object()>
<#assign d = o.definition()>
CREATE MATERIALIZED VIEW ${sql.qn(o.ref().qname())} AS
${d.definition()}
WITH <#if !d.populated()>NO </#if>DATA
<#list d.indexes()?keys as name>
${sql.statementBreak}
${d.indexes()[name]}
<#if d.indexComments()[name]??>
${sql.statementBreak}
COMMENT ON INDEX <#if o.ref().schema()?has_content>${sql.q(o.ref().schema())}.</#if>${sql.q(name)} IS ${sql.lit(d.indexComments()[name])}
</#if>
</#list>
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON MATERIALIZED VIEW ${sql.qn(o.ref().qname())} IS ${sql.lit(o.comment())}
</#if>
