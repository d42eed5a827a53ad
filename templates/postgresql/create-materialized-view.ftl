<#assign o = c.object()>
<#assign d = o.definition()>
CREATE MATERIALIZED VIEW ${sql.qn(o.ref().qname())} AS
${d.definition()}
WITH <#if !d.populated()>NO </#if>DATA
<#list d.indexes()?keys as name>
${sql.statementBreak}
${d.indexes()[name]}
</#list>
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON MATERIALIZED VIEW ${sql.qn(o.ref().qname())} IS ${sql.lit(o.comment())}
</#if>
