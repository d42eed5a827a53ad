<#-- Only how it fires changes in place (enabled, disabled, replica, always). -->
ALTER TABLE ${sql.qn(c.table())} ${c.object().definition().firing()} ${sql.q(c.object().ref().name())}
