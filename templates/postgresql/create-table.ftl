<#import "_lib.ftl" as lib>
<#--
  A partition is made PARTITION OF its parent and a child INHERITS its parents: the columns they
  inherit are the parents' and are not written; their own constraints are.
-->
<#assign t = c.definition()>
<#assign a = t.attributes()>
<#assign own = t.columns()?filter(col -> !(col.attributes()["inherited"]??))>
<#assign parts = []>
<#list own as col><#assign piece><@lib.column col/></#assign><#assign parts = parts + [piece]></#list>
<#if t.primaryKey()??><#assign piece>CONSTRAINT ${sql.q(t.primaryKey().name())} PRIMARY KEY (${sql.qlist(t.primaryKey().columns())})<@lib.deferrable t.primaryKey().attributes()/></#assign><#assign parts = parts + [piece]></#if>
<#list t.uniques() as u><#assign piece>CONSTRAINT ${sql.q(u.name())} <@lib.unique u/></#assign><#assign parts = parts + [piece]></#list>
<#list t.checks() as ck><#assign piece>CONSTRAINT ${sql.q(ck.name())} CHECK (${ck.expression()})<#if ck.attributes()["no-inherit"]??> NO INHERIT</#if></#assign><#assign parts = parts + [piece]></#list>
<#if a["partition-of"]??>
CREATE <#if a["persistence"]??>UNLOGGED </#if>TABLE ${sql.qn(t.name())} PARTITION OF ${sql.tables(a["partition-of"])[0]}<#if parts?has_content> (
  ${parts?join(",\n  ")}
)</#if> ${a["partition-bound"]}<#if a["partition-by"]??> PARTITION BY ${a["partition-by"]}</#if><#if a["options"]??> WITH (<@lib.withOptions a["options"]/>)</#if>
<#else>
CREATE <#if a["persistence"]??>UNLOGGED </#if>TABLE ${sql.qn(t.name())} (
<#if parts?has_content>
  ${parts?join(",\n  ")}
</#if>
)<#if a["inherits"]??> INHERITS (${sql.tables(a["inherits"])?join(", ")})</#if><#if a["partition-by"]??> PARTITION BY ${a["partition-by"]}</#if><#if a["options"]??> WITH (<@lib.withOptions a["options"]/>)</#if>
</#if>
<#if a["replica-identity"]??>
${sql.statementBreak}
ALTER TABLE ${sql.qn(t.name())} REPLICA IDENTITY ${a["replica-identity"]?upper_case}
</#if>
<#list own as col>
${sql.statementBreak}
<@lib.columnSettings t.name() col {}/>
</#list>
<@lib.comments t/>
<#if t.attributes()["row-security"]??>
${sql.statementBreak}
ALTER TABLE ${sql.qn(t.name())} ENABLE ROW LEVEL SECURITY
</#if>
<#if t.attributes()["force-row-security"]??>
${sql.statementBreak}
ALTER TABLE ${sql.qn(t.name())} FORCE ROW LEVEL SECURITY
</#if>
