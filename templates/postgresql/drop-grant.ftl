<#import "_grant.ftl" as g>
<#assign d = c.object().definition()>
REVOKE ${g.privilege(d)} ON ${g.target(d)} FROM ${g.grantee(d)}
