<#import "_lib.ftl" as lib>
ADD <@lib.foreignKey c.foreignKey()/>
