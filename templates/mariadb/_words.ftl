<#-- MariaDB's spelling of what templates/mysql/_words.ftl names. -->
<#assign indexHidden = "IGNORED">
<#assign indexShown = "NOT IGNORED">
