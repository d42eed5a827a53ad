<#import "_program.ftl" as p>
<#assign v = c.view()>
<#assign a = v.attributes()>
CREATE<#if a["algorithm"]??> ALGORITHM=${a["algorithm"]}</#if><@p.definer a/><#if a["security"]??> SQL SECURITY ${a["security"]}</#if> VIEW ${sql.qn(v.name())}<#if a["column-list"]??> ${a["column-list"]}</#if> AS ${v.definition()}<#if a["check-option"]??> WITH ${a["check-option"]} CHECK OPTION</#if>
