<#import "_policy.ftl" as p>
<#assign o = c.object()>
<#assign d = o.definition()>
ALTER POLICY ${sql.q(o.ref().name())} ON ${sql.qn(c.table())} TO <@p.roles d.roles()/><#if d.using()??> USING (${d.using()})</#if><#if d.withCheck()??> WITH CHECK (${d.withCheck()})</#if>
