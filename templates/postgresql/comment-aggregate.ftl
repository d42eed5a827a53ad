<#import "_routine.ftl" as r>
COMMENT ON ${r.target(c.object())} IS ${sql.lit(c.object().comment())}
