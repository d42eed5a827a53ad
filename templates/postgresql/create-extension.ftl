<#-- The comment is set even when it is the one the extension ships: that one is not known here. -->
<#assign o = c.object()>
CREATE EXTENSION ${sql.q(o.ref().name())} WITH SCHEMA ${sql.q(o.ref().schema())} VERSION ${sql.lit(o.definition().version())}
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON EXTENSION ${sql.q(o.ref().name())} IS ${sql.lit(o.comment())}
</#if>
