<#-- Token types that go are unmapped, those that change are mapped anew, new ones are added. -->
<#assign f = c.from().definition()>
<#assign cfg = c.object().definition()>
<#assign name = sql.qn(c.object().ref().qname())>
<#if f.removed(cfg)?has_content>
ALTER TEXT SEARCH CONFIGURATION ${name} DROP MAPPING FOR ${sql.qlist(f.removed(cfg))}
${sql.statementBreak}
</#if>
<#list f.changed(cfg) as g>
ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR ${sql.qlist(g.tokens())} WITH ${g.dictionaries()?join(", ")}
${sql.statementBreak}
</#list>
<#list f.added(cfg) as g>
ALTER TEXT SEARCH CONFIGURATION ${name} ADD MAPPING FOR ${sql.qlist(g.tokens())} WITH ${g.dictionaries()?join(", ")}
${sql.statementBreak}
</#list>
