<#import "_lib.ftl" as lib>
<#assign t = c.definition()>
<#assign o = t.attributes()>
CREATE TABLE ${sql.qn(t.name())} (
<#list t.columns() as col>
  <@lib.column col/><#if col?has_next || t.primaryKey()?? || t.checks()?has_content>,</#if>
</#list>
<#if t.primaryKey()??>
  PRIMARY KEY (${sql.qlist(t.primaryKey().columns())})<#if t.checks()?has_content>,</#if>
</#if>
<#list t.checks() as ck>
  <@lib.check ck/><#sep>,</#sep>
</#list>
)<@lib.options o/><#if t.comment()??> COMMENT=${sql.lit(t.comment())}</#if><@lib.partitioning o/>
