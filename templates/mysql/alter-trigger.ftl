<#-- Only the definer or sql_mode changes, or the body keeps its parameters: MySQL has no
     CREATE OR REPLACE for stored programs, so the old one is dropped and the new one created. -->
<#import "_program.ftl" as p>
DROP TRIGGER ${sql.q(c.object().ref().name())}
${sql.statementBreak}
<@p.create c.object()/>
