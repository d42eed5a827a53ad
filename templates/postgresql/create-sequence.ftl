<#-- Created without OWNED BY (its column needs the sequence first); the owner is set after. -->
<#assign o = c.object()>
<#assign s = o.definition()>
CREATE SEQUENCE ${sql.qn(o.ref().qname())} AS ${s.type()} INCREMENT BY ${s.increment()} MINVALUE ${s.min()} MAXVALUE ${s.max()} START WITH ${s.start()} CACHE ${s.cache()}<#if s.cycle()> CYCLE</#if>
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON SEQUENCE ${sql.qn(o.ref().qname())} IS ${sql.lit(o.comment())}
</#if>
