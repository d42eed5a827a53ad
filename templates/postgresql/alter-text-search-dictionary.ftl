<#-- Options are set together; one the new definition lacks is named bare, which resets it. -->
<#assign f = c.from().definition()>
<#assign d = c.object().definition()>
ALTER TEXT SEARCH DICTIONARY ${sql.qn(c.object().ref().qname())} (<#list d.options() as x>${x.name()} = ${x.value()}<#sep>, </#list><#list f.optionsRemoved(d) as x><#if d.options()?has_content || x?index gt 0>, </#if>${x.name()}</#list>)
