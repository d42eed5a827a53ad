<#import "_grant.ftl" as g>
<#assign d = c.object().definition()>
GRANT ${g.privilege(d)} ON ${g.target(d)} TO ${g.grantee(d)}<#if d.grantable()> WITH GRANT OPTION</#if>
