<#import "_routine.ftl" as r>
<@r.create c.object()/>
