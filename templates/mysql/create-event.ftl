<#import "_program.ftl" as p>
<@p.create c.object()/>
