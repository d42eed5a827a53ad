<#-- The query stays: indexes that differ are dropped and created, comments set, then rows are filled or emptied. -->
<#assign o = c.object()>
<#assign from = c.from().definition()>
<#assign to = o.definition()>
<#list from.indexesDroppedTowards(to, o.ref().schema()) as index>
DROP INDEX ${sql.qn(index)}
${sql.statementBreak}
</#list>
<#list from.indexesCreatedTowards(to) as text>
${text}
${sql.statementBreak}
</#list>
<#list from.indexCommentsTowards(to, o.ref().schema()) as ic>
COMMENT ON INDEX ${sql.qn(ic.index())} IS ${sql.lit(ic.comment())}
${sql.statementBreak}
</#list>
<#if from.populated() != to.populated()>
REFRESH MATERIALIZED VIEW ${sql.qn(o.ref().qname())}<#if !to.populated()> WITH NO DATA</#if>
</#if>
