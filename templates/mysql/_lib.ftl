<#-- Shared MySQL fragments. -->
<#import "_words.ftl" as words>
<#-- A column definition; COLLATE is left out where the column inherits the table's default. -->
<#macro column col withDefault=true nullable=false>
<#local a = col.attributes()>
${sql.q(col.name())} ${col.type()}<#if col.collation()?? && (!a["collation-default"]?? || a["collation-explicit"]??)> COLLATE ${col.collation()}</#if><#if col.generated()??> GENERATED ALWAYS AS (${col.generated()}) ${a["generated-kind"]!"VIRTUAL"}</#if><#if col.notNull() && !nullable> NOT NULL</#if><#if withDefault && col.defaultValue()??> DEFAULT ${col.defaultValue()}</#if><#if a["on-update"]??> ${a["on-update"]}</#if><#if col.identity().name() != "NONE"> AUTO_INCREMENT</#if><#if a["invisible"]??> INVISIBLE</#if><#if col.comment()??> COMMENT ${sql.lit(col.comment())}</#if><#if a["check"]??> CHECK (${a["check"]})</#if><#t>
</#macro>
<#-- Where a placed column goes: after its predecessor in the target table, or first. -->
<#macro place after=""><#if after?has_content> AFTER ${sql.q(after)}<#else> FIRST</#if></#macro>
<#macro indexKey k><#if k.column()??>${sql.q(k.column())}<#if k.prefixLength()??>(${k.prefixLength()})</#if><#else>(${k.expression()})</#if><#if k.descending()> DESC</#if></#macro>
<#macro index i><#if i.unique()>UNIQUE <#elseif i.method() == "fulltext">FULLTEXT <#elseif i.method() == "spatial">SPATIAL </#if>INDEX ${sql.q(i.name())} (<#list i.keys() as k><@indexKey k/><#sep>, </#list>)<#if i.attributes()["parser"]??> WITH PARSER ${sql.q(i.attributes()["parser"])}</#if><#if i.attributes()["comment"]??> COMMENT ${sql.lit(i.attributes()["comment"])}</#if><#if i.attributes()["invisible"]??> ${words.indexHidden}</#if></#macro>
<#macro check ck>CONSTRAINT ${sql.q(ck.name())} CHECK (${ck.expression()})<#if ck.attributes()["not-enforced"]??> NOT ENFORCED</#if></#macro>
<#macro foreignKey fk>CONSTRAINT ${sql.q(fk.name())} FOREIGN KEY (${sql.qlist(fk.columns())}) REFERENCES ${sql.qn(fk.referencedTable())} (${sql.qlist(fk.referencedColumns())})<#if fk.onDelete()??> ON DELETE ${fk.onDelete()}</#if><#if fk.onUpdate()??> ON UPDATE ${fk.onUpdate()}</#if></#macro>
<#-- Table options as CREATE TABLE and ALTER TABLE take them. -->
<#macro options o><#if o["engine"]??> ENGINE=${o["engine"]}</#if><#if o["collation"]??> DEFAULT COLLATE=${o["collation"]}</#if><#if o["row-format"]??> ROW_FORMAT=${o["row-format"]}</#if><#if o["options"]??> ${o["options"]}</#if></#macro>
<#-- A table's partitioning as CREATE TABLE and ALTER TABLE take it, definitions as the server printed them. -->
<#macro partitioning o><#if o["partitioning"]??>${"\n"}PARTITION BY ${o["partitioning"]}<#if o["partitions"]??>
(<#list sql.items(o["partitions"]) as p>${p}<#sep>,
 </#list>)<#elseif o["partition-count"]??> PARTITIONS ${o["partition-count"]}</#if></#if></#macro>
