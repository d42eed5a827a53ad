<#--
  PostgreSQL cannot remove or reorder enum values: the old type steps aside under another name,
  the new one is created, each column is converted through its text (a default is dropped first,
  as it cannot be cast), and the old type is dropped.
-->
<#assign name = c.to().name()>
<#assign old = name.name() + "__schemadiff_old">
ALTER TYPE ${sql.qn(name)} RENAME TO ${sql.q(old)}
${sql.statementBreak}
CREATE TYPE ${sql.qn(name)} AS ENUM (<#list c.to().values() as v>${sql.lit(v)}<#sep>, </#list>)
${sql.statementBreak}
<#list c.uses() as u>
<#assign t = sql.qn(u.table())>
<#assign col = sql.q(u.to().name())>
<#if u.from().defaultValue()??>
ALTER TABLE ${t} ALTER COLUMN ${col} DROP DEFAULT
${sql.statementBreak}
</#if>
ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${u.to().type()} USING ${col}::${u.to().type()?ends_with("[]")?then("text[]", "text")}::${u.to().type()}
${sql.statementBreak}
<#if u.to().defaultValue()??>
ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT ${u.to().defaultValue()}
${sql.statementBreak}
</#if>
</#list>
DROP TYPE ${sql.q(name.schema())}.${sql.q(old)}
