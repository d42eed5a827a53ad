<#-- CREATE OR REPLACE: the new procedure takes the old one's place in one statement. -->
<#import "_program.ftl" as p>
<@p.create c.object() true/>
