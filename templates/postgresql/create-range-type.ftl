<#assign o = c.object()>
<#assign r = o.definition()>
CREATE TYPE ${sql.qn(o.ref().qname())} AS RANGE (subtype = ${r.subtype()}<#if r.subtypeOpclass()??>, subtype_opclass = ${r.subtypeOpclass()}</#if><#if r.collation()??>, collation = ${r.collation()}</#if><#if r.canonical()??>, canonical = ${r.canonical()}</#if><#if r.subtypeDiff()??>, subtype_diff = ${r.subtypeDiff()}</#if><#if r.multirangeTypeName()??>, multirange_type_name = ${sql.q(o.ref().schema())}.${sql.q(r.multirangeTypeName())}</#if>)
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON TYPE ${sql.qn(o.ref().qname())} IS ${sql.lit(o.comment())}
</#if>
