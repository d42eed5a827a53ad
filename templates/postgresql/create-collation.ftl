<#assign o = c.object()>
<#assign d = o.definition()>
CREATE COLLATION ${sql.qn(o.ref().qname())} (provider = ${d.provider()}<#if d.provider() == "libc">, lc_collate = ${sql.lit(d.collate())}, lc_ctype = ${sql.lit(d.ctype())}<#else>, locale = ${sql.lit(d.locale())}</#if><#if d.rules()??>, rules = ${sql.lit(d.rules())}</#if><#if !d.deterministic()>, deterministic = false</#if>)
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON COLLATION ${sql.qn(o.ref().qname())} IS ${sql.lit(o.comment())}
</#if>
