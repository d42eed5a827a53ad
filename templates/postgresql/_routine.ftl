<#-- Functions, procedures and aggregates alike, named as DROP and COMMENT take them: name and argument types. -->
<#function target o>
  <#local d = o.definition()>
  <#return d.keyword() + " " + sql.q(o.ref().schema()) + "." + sql.q(d.name()) + "(" + d.identityArguments() + ")">
</#function>
<#-- The server's own CREATE OR REPLACE. A string body in LANGUAGE sql is checked against the
     tables it reads, which this script may create later: checked when first called instead. -->
<#macro define o>
<#assign d = o.definition()>
<#if d.bodyCheckedOnCreate()>
SET check_function_bodies = off
${sql.statementBreak}
</#if>
${d.definition()}
<#if d.bodyCheckedOnCreate()>
${sql.statementBreak}
RESET check_function_bodies
</#if>
</#macro>
<#macro create o>
<@define o/>
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON ${target(o)} IS ${sql.lit(o.comment())}
</#if>
</#macro>
