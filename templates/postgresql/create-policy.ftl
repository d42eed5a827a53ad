<#import "_policy.ftl" as p>
<#assign o = c.object()>
<#assign d = o.definition()>
CREATE POLICY ${sql.q(o.ref().name())} ON ${sql.qn(c.table())} AS <#if d.permissive()>PERMISSIVE<#else>RESTRICTIVE</#if> FOR ${d.command()} TO <@p.roles d.roles()/><#if d.using()??> USING (${d.using()})</#if><#if d.withCheck()??> WITH CHECK (${d.withCheck()})</#if>
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON POLICY ${sql.q(o.ref().name())} ON ${sql.qn(c.table())} IS ${sql.lit(o.comment())}
</#if>
