<#-- The roles a policy is for: PUBLIC is a keyword, the others names. -->
<#macro roles names><#list names as r><#if r == "PUBLIC">PUBLIC<#else>${sql.q(r)}</#if><#sep>, </#list></#macro>
