<#import "_routine.ftl" as r>
DROP ${r.target(c.object())}
