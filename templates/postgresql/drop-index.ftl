DROP INDEX <#if online == "CONCURRENT">CONCURRENTLY </#if>${sql.q(c.table().schema())}.${sql.q(c.index().name())}
