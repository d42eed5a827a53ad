<#import "_lib.ftl" as lib>
ALTER TABLE ${sql.qn(c.table())} ADD COLUMN <@lib.column c.column()/>
<#if c.column().comment()??>
${sql.statementBreak}
COMMENT ON COLUMN ${sql.qn(c.table())}.${sql.q(c.column().name())} IS ${sql.lit(c.column().comment())}
</#if>
${sql.statementBreak}
<@lib.columnSettings c.table() c.column() {}/>
