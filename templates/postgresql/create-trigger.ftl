<#assign o = c.object()>
<#assign d = o.definition()>
${d.definition()}
<#if d.enabled() != "O">
${sql.statementBreak}
ALTER TABLE ${sql.qn(c.table())} ${d.firing()} ${sql.q(o.ref().name())}
</#if>
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON TRIGGER ${sql.q(o.ref().name())} ON ${sql.qn(c.table())} IS ${sql.lit(o.comment())}
</#if>
