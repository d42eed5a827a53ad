<#import "_lib.ftl" as lib>
<#assign t = c.definition()>
CREATE TABLE ${sql.qn(t.name())} (
<#list t.columns() as col>
  <@lib.column col/><#sep>,
</#list><#if t.primaryKey()??>,
  CONSTRAINT ${sql.q(t.primaryKey().name())} PRIMARY KEY (${sql.qlist(t.primaryKey().columns())})</#if><#list t.uniques() as u>,
  CONSTRAINT ${sql.q(u.name())} <@lib.unique u/></#list><#list t.checks() as ck>,
  CONSTRAINT ${sql.q(ck.name())} CHECK (${ck.expression()})<#if ck.attributes()["no-inherit"]??> NO INHERIT</#if></#list>
)
<@lib.comments t/>
<#if t.attributes()["row-security"]??>
${sql.statementBreak}
ALTER TABLE ${sql.qn(t.name())} ENABLE ROW LEVEL SECURITY
</#if>
<#if t.attributes()["force-row-security"]??>
${sql.statementBreak}
ALTER TABLE ${sql.qn(t.name())} FORCE ROW LEVEL SECURITY
</#if>
