<#assign f = c.from().definition()>
<#assign d = c.object().definition()>
ALTER TYPE ${sql.qn(c.object().ref().qname())} <#list f.attributesDropped(d) as a>DROP ATTRIBUTE ${sql.q(a.name())}<#sep>, </#list><#if f.attributesDropped(d)?has_content && f.attributesAdded(d)?has_content>, </#if><#list f.attributesAdded(d) as a>ADD ATTRIBUTE ${sql.q(a.name())} ${a.type()}<#if a.collation()??> COLLATE ${a.collation()}</#if><#sep>, </#list>
