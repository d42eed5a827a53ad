<#--
  RANGE and LIST partitions one by one: the ones that go are dropped with their rows, a run that
  differs is reorganised (its rows move into the new partitions), new ones at the end are added.
  HASH and KEY partitions change only in number: rows are redistributed either way.
-->
<#assign t = sql.qn(c.table())>
<#assign steps = []>
<#if c.byValue()>
<#assign e = sql.partitionEdit(c)>
<#if e.dropped()?has_content><#assign steps = steps + ["ALTER TABLE " + t + " DROP PARTITION " + sql.qlist(e.dropped())]></#if>
<#if e.reorganised()?has_content><#assign steps = steps + ["ALTER TABLE " + t + " REORGANIZE PARTITION " + sql.qlist(e.reorganised()) + " INTO (\n  " + e.into()?join(",\n  ") + ")"]></#if>
<#if e.added()?has_content><#assign steps = steps + ["ALTER TABLE " + t + " ADD PARTITION (\n  " + e.added()?join(",\n  ") + ")"]></#if>
<#else>
<#assign before = c.from()["partition-count"]?number>
<#assign after = c.to()["partition-count"]?number>
<#if after gt before><#assign steps = ["ALTER TABLE " + t + " ADD PARTITION PARTITIONS " + (after - before)]><#else><#assign steps = ["ALTER TABLE " + t + " COALESCE PARTITION " + (before - after)]></#if>
</#if>
<#list steps as s>${s}<#sep>
${sql.statementBreak}
</#sep></#list>
