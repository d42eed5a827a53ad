ALTER INDEX ${sql.q(c.name())} <#if c.to()["invisible"]??>INVISIBLE<#else>VISIBLE</#if>
