<#import "_lib.ftl" as lib>
<#assign fk = c.foreignKey()>
ALTER TABLE ${sql.qn(c.table())} ADD CONSTRAINT ${sql.q(fk.name())} FOREIGN KEY (${sql.qlist(fk.columns())}) REFERENCES ${sql.qn(fk.referencedTable())} (${sql.qlist(fk.referencedColumns())})<#if fk.attributes()["match"]??> MATCH ${fk.attributes()["match"]}</#if><#if fk.onUpdate()??> ON UPDATE ${fk.onUpdate()}</#if><#if fk.onDelete()??> ON DELETE ${fk.onDelete()}</#if><#if fk.deferrable()> DEFERRABLE<#if fk.initiallyDeferred()> INITIALLY DEFERRED</#if></#if><#if fk.attributes()["not-valid"]??> NOT VALID<#elseif online == "VALIDATED_AFTER"> NOT VALID
${sql.statementBreak}
ALTER TABLE ${sql.qn(c.table())} VALIDATE CONSTRAINT ${sql.q(fk.name())}</#if>
<@lib.constraintComments c.table() c.foreignKey().name() c.foreignKey().attributes()/>
