<#-- The comment of a view, an index, a constraint or a schema that stays (or was just created). -->
<#if c.on() == "view">
COMMENT ON VIEW ${sql.qn(c.table())} IS ${sql.lit(c.to())}
<#elseif c.on() == "schema">
COMMENT ON SCHEMA ${sql.q(c.table().schema())} IS ${sql.lit(c.to())}
<#elseif c.on() == "index">
COMMENT ON INDEX ${sql.qn(c.index())} IS ${sql.lit(c.to())}
<#else>
COMMENT ON CONSTRAINT ${sql.q(c.name())} ON ${sql.qn(c.table())} IS ${sql.lit(c.to())}
</#if>
