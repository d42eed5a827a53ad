<#-- Stored programs (triggers, functions, procedures, events). One is created under the sql_mode
     (and an event under the time zone) it was made with, which change what it does, and the
     migration's own are set back after;
     DEFINER is written when the object has one other than the account that read it. -->
<#macro definer a><#if a["definer"]??><#local at = a["definer"]?last_index_of("@")> DEFINER=${sql.q(a["definer"]?substring(0, at))}@${sql.q(a["definer"]?substring(at + 1))}</#if></#macro>
<#macro create o orReplace=false>
<#local d = o.definition()>
<#local a = d.attributes()>
<#if a["time_zone"]??>
SET @schemadiff_time_zone = @@session.time_zone
${sql.statementBreak}
SET SESSION time_zone = ${sql.lit(a["time_zone"])}
${sql.statementBreak}
</#if>
<#if a["sql_mode"]??>
SET SESSION sql_mode = ${sql.lit(a["sql_mode"])}
${sql.statementBreak}
</#if>
CREATE<#if orReplace> OR REPLACE</#if><@definer a/>${d.definition()?remove_beginning("CREATE")}
<#if a["sql_mode"]??>
${sql.statementBreak}
<#include "_session.ftl">
</#if>
<#if a["time_zone"]??>
${sql.statementBreak}
SET SESSION time_zone = @schemadiff_time_zone
</#if>
</#macro>
