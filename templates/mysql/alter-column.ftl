<#--
  A new literal or parenthesized default alone is set in place; anything else restates the whole column with MODIFY, which
  is how MySQL changes a column, moving it too when it is placed. A removed default is restated
  too: DROP DEFAULT would leave a nullable column without the implicit DEFAULT NULL.
-->
<#import "_lib.ftl" as lib>
<#if c.aspects()?size == 1 && c.has("DEFAULT") && (c.to().defaultValue()!"")?matches("['(].*", "s")>
ALTER COLUMN ${sql.q(c.to().name())} SET DEFAULT ${c.to().defaultValue()}
<#else>
MODIFY COLUMN <@lib.column c.to()/><#if c.has("POSITION")><@lib.place c.after()!""/></#if>
</#if>
