<#-- Same arguments and result: replaced in place, so what uses it keeps it. -->
<#import "_routine.ftl" as r>
<@r.define c.object()/>
