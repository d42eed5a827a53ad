<#-- Only what changed; a default collation change leaves existing columns as they are. -->
<#assign o = {}>
<#list ["engine", "collation", "row-format", "options"] as k><#if c.changed(k) && c.to()[k]??><#assign o = o + {k: c.to()[k]}></#if></#list>
<#if c.changed("row-format") && !c.to()["row-format"]??><#assign o = o + {"row-format": "DEFAULT"}></#if>
<#import "_lib.ftl" as lib>
<@lib.options o/>
