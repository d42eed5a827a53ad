<#import "_lib.ftl" as lib>
ADD <@lib.check c.check()/>
