<#-- PARTITION BY on an existing table copies every row into the new layout. -->
<#import "_lib.ftl" as lib>
ALTER TABLE ${sql.qn(c.table())}<@lib.partitioning c.to()/>
