<#-- Made on its parser with no mappings, then mapped: token types sharing dictionaries at once. -->
<#assign o = c.object()>
<#assign cfg = o.definition()>
<#assign name = sql.qn(o.ref().qname())>
CREATE TEXT SEARCH CONFIGURATION ${name} (PARSER = ${cfg.parser()})
<#list cfg.groups() as g>
${sql.statementBreak}
ALTER TEXT SEARCH CONFIGURATION ${name} ADD MAPPING FOR ${sql.qlist(g.tokens())} WITH ${g.dictionaries()?join(", ")}
</#list>
<#if o.comment()??>
${sql.statementBreak}
COMMENT ON TEXT SEARCH CONFIGURATION ${name} IS ${sql.lit(o.comment())}
</#if>
