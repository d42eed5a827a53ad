<#import "_lib.ftl" as lib>
<#assign t = c.definition()>
<#assign a = t.attributes()>
CREATE <#if a["persistence"]??>UNLOGGED </#if>TABLE ${sql.qn(t.name())} (
<#list t.columns() as col>
  <@lib.column col/><#sep>,
</#list><#if t.primaryKey()??>,
  CONSTRAINT ${sql.q(t.primaryKey().name())} PRIMARY KEY (${sql.qlist(t.primaryKey().columns())})<@lib.deferrable t.primaryKey().attributes()/></#if><#list t.uniques() as u>,
  CONSTRAINT ${sql.q(u.name())} <@lib.unique u/></#list><#list t.checks() as ck>,
  CONSTRAINT ${sql.q(ck.name())} CHECK (${ck.expression()})<#if ck.attributes()["no-inherit"]??> NO INHERIT</#if></#list>
)<#if a["options"]??> WITH (<@lib.withOptions a["options"]/>)</#if>
<#if a["replica-identity"]??>
${sql.statementBreak}
ALTER TABLE ${sql.qn(t.name())} REPLICA IDENTITY ${a["replica-identity"]?upper_case}
</#if>
<#list t.columns() as col>
${sql.statementBreak}
<@lib.columnSettings t.name() col {}/>
</#list>
<@lib.comments t/>
