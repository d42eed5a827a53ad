<#import "_lib.ftl" as lib>
<#--
  One statement per sub-change, in the order PostgreSQL accepts them: release the old default,
  identity and expression, change the type, then set the new rules. A default is dropped and
  set again around a type change so it is not cast into a different spelling. An enum has casts
  only to and from text, so an enum column is converted through text.
-->
<#assign t = sql.qn(c.table())>
<#assign col = sql.q(c.to().name())>
<#assign from = c.from()>
<#assign to = c.to()>
<#assign retype = c.has("TYPE") || c.has("COLLATION")>
<#assign redefault = c.has("DEFAULT") || (retype && (from.defaultValue()?? || to.defaultValue()??))>
<#if redefault && from.defaultValue()??>
ALTER TABLE ${t} ALTER COLUMN ${col} DROP DEFAULT
${sql.statementBreak}
</#if>
<#if c.has("IDENTITY") && to.identity().name() == "NONE">
ALTER TABLE ${t} ALTER COLUMN ${col} DROP IDENTITY
${sql.statementBreak}
</#if>
<#if c.has("GENERATED") && !to.generated()??>
ALTER TABLE ${t} ALTER COLUMN ${col} DROP EXPRESSION
${sql.statementBreak}
</#if>
<#if c.has("NOT_NULL") && !to.notNull()>
ALTER TABLE ${t} ALTER COLUMN ${col} DROP NOT NULL
${sql.statementBreak}
</#if>
<#if retype>
ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${to.type()}<#if to.collation()??> COLLATE ${to.collation()}<#elseif c.has("COLLATION")> COLLATE "default"</#if><#if !to.generated()??> USING ${col}<#if from.attributes()["type.ref"]??>::text</#if>::${to.type()}</#if>
${sql.statementBreak}
</#if>
<#if c.has("GENERATED") && from.generated()?? && to.generated()??>
ALTER TABLE ${t} ALTER COLUMN ${col} SET EXPRESSION AS (${to.generated()})
${sql.statementBreak}
</#if>
<#if c.has("NOT_NULL") && to.notNull()>
ALTER TABLE ${t} ALTER COLUMN ${col} SET NOT NULL
${sql.statementBreak}
</#if>
<#if c.has("IDENTITY") && to.identity().name() != "NONE">
<#if from.identity().name() == "NONE">
ALTER TABLE ${t} ALTER COLUMN ${col} ADD GENERATED ${(to.identity().name() == "ALWAYS")?then("ALWAYS", "BY DEFAULT")} AS IDENTITY<@lib.identityOptions to/>
${sql.statementBreak}
<#-- Rows already hold values (a serial's, typed in): new ones continue after them, not into them. -->
SELECT setval(s.seqrelid, v.high) FROM (SELECT max(${col}) AS high FROM ${t}) v
  JOIN pg_sequence s ON s.seqrelid = pg_get_serial_sequence(${sql.lit(t)}, ${sql.lit(to.name())})::regclass
  WHERE s.seqincrement > 0 AND v.high >= s.seqstart
<#else>
ALTER TABLE ${t} ALTER COLUMN ${col} SET GENERATED ${(to.identity().name() == "ALWAYS")?then("ALWAYS", "BY DEFAULT")}
</#if>
${sql.statementBreak}
</#if>
<#assign fromOptions = from.attributes()["identity-options"]!"">
<#assign toOptions = to.attributes()["identity-options"]!"">
<#if from.identity().name() != "NONE" && to.identity().name() != "NONE" && fromOptions != toOptions>
<#-- In place, never restarted: the counter is data. Back to defaults, the options are spelt out. -->
<#assign options = (toOptions == "")?then("INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE", toOptions)>
ALTER TABLE ${t} ALTER COLUMN ${col} ${options?replace("(INCREMENT BY|NO MINVALUE|NO MAXVALUE|MINVALUE|MAXVALUE|START WITH|CACHE|NO CYCLE|CYCLE)", "SET $1", "r")}
${sql.statementBreak}
</#if>
<#if redefault && to.defaultValue()??>
ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT ${to.defaultValue()}
${sql.statementBreak}
</#if>
<#if c.has("EXTRAS")>
<@lib.columnSettings c.table() to from.attributes()/>
</#if>
<#if c.has("COMMENT")>
COMMENT ON COLUMN ${t}.${col} IS ${sql.lit(to.comment())}
</#if>
