<#import "_routine.ftl" as r>
<#assign o = c.object()>
${o.definition().definition()}
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON ${r.target(o)} IS ${sql.lit(o.comment())}
</#if>
