<#-- What a grant is on, as GRANT and REVOKE spell it; shared by create-grant and drop-grant. -->
<#function target g>
  <#if g.objectType() == "SCHEMA"><#return "SCHEMA " + sql.q(g.object().name())></#if>
  <#if g.arguments()??><#return g.objectType() + " " + sql.qn(g.object()) + "(" + g.arguments() + ")"></#if>
  <#return g.objectType() + " " + sql.qn(g.object())>
</#function>
<#function privilege g>
  <#if g.column()??><#return g.privilege() + " (" + sql.q(g.column()) + ")"></#if>
  <#return g.privilege()>
</#function>
<#function grantee g>
  <#if g.grantee() == "PUBLIC"><#return "PUBLIC"></#if>
  <#return sql.q(g.grantee())>
</#function>
