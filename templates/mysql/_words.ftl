<#-- Keywords a variant of the dialect spells otherwise (templates/mariadb/_words.ftl). -->
<#-- An index the optimizer does not use, still maintained. -->
<#assign indexHidden = "INVISIBLE">
<#assign indexShown = "VISIBLE">
