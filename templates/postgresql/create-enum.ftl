CREATE TYPE ${sql.qn(c.type().name())} AS ENUM (<#list c.type().values() as v>${sql.lit(v)}<#sep>, </#list>)
