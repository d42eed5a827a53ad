<#-- One ALTER TABLE for a batch of clauses; the online hint is the most disruptive clause's. -->
ALTER TABLE ${sql.qn(table)}
  <#list clauses as clause>${clause}<#sep>,
  </#list><#if online == "INSTANT">,
  ALGORITHM=INSTANT<#elseif online == "INPLACE">,
  ALGORITHM=INPLACE, LOCK=NONE</#if>
