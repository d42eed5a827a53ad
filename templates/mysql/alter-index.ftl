<#import "_words.ftl" as words>
ALTER INDEX ${sql.q(c.name())} <#if c.to()["invisible"]??>${words.indexHidden}<#else>${words.indexShown}</#if>
