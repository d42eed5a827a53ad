<#assign v = c.view()>
<#assign a = v.attributes()>
CREATE VIEW ${sql.qn(v.name())}<#if a["options"]??> WITH (${a["options"]})</#if> AS
${v.definition()}
<#if a["comment"]??>
${sql.statementBreak}
COMMENT ON VIEW ${sql.qn(v.name())} IS ${sql.lit(a["comment"])}
</#if>
