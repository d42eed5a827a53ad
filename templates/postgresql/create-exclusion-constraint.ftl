<#assign o = c.object()>
<#assign d = o.definition()>
ALTER TABLE ${sql.qn(d.table())} ADD CONSTRAINT ${sql.q(o.ref().name())} ${d.definition()}
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON CONSTRAINT ${sql.q(o.ref().name())} ON ${sql.qn(d.table())} IS ${sql.lit(o.comment())}
</#if>
