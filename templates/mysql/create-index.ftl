<#import "_lib.ftl" as lib>
ADD <@lib.index c.index()/>
