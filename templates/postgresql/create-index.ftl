<#import "_lib.ftl" as lib>
<#assign i = c.index()>
CREATE <#if i.unique()>UNIQUE </#if>INDEX <#if online == "CONCURRENT">CONCURRENTLY </#if>${sql.q(i.name())} ON ${sql.qn(c.table())}<#if i.method() != "btree"> USING ${i.method()}</#if> (<#list i.keys() as k><@lib.indexKey k/><#sep>, </#list>)<#if i.include()?has_content> INCLUDE (${sql.qlist(i.include())})</#if><#if i.attributes()["nulls-not-distinct"]??> NULLS NOT DISTINCT</#if><#if i.attributes()["with"]??> WITH (${i.attributes()["with"]})</#if><#if i.where()??> WHERE ${i.where()}</#if>
<#if i.attributes()["comment"]??>
${sql.statementBreak}
COMMENT ON INDEX <#if c.table().schema()?has_content>${sql.q(c.table().schema())}.</#if>${sql.q(i.name())} IS ${sql.lit(i.attributes()["comment"])}
</#if>
