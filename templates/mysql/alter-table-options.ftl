<#-- Only what changed; a default collation change leaves existing columns as they are. -->
<#assign o = {}>
<#list ["engine", "collation", "row-format", "options"] as k><#if c.changed(k) && c.to()[k]??><#assign o = o + {k: c.to()[k]}></#if></#list>
<#if c.changed("row-format") && !c.to()["row-format"]??><#assign o = o + {"row-format": "DEFAULT"}></#if>
<#-- An option the target leaves out is set back to its default, which each names its own way. -->
<#assign resets = {"stats_persistent": "DEFAULT", "stats_auto_recalc": "DEFAULT", "stats_sample_pages": "DEFAULT",
  "pack_keys": "DEFAULT", "key_block_size": "0", "max_rows": "0", "min_rows": "0", "avg_row_length": "0",
  "checksum": "0", "delay_key_write": "0"}>
<#if c.changed("options")>
<#assign kept = []>
<#list (c.to()["options"]!"")?split(" ") as kv><#if kv?has_content><#assign kept = kept + [kv?keep_before("=")?lower_case]></#if></#list>
<#assign back = []>
<#list (c.from()["options"]!"")?split(" ") as kv><#assign k = kv?keep_before("=")?lower_case>
<#if kv?has_content && !kept?seq_contains(k)><#if !resets[k]??><#stop "cannot set table option " + k + " of " + sql.qn(c.table()) + " back to its default"></#if><#assign back = back + [k + "=" + resets[k]]></#if></#list>
<#if back?has_content><#assign o = o + {"options": ((c.to()["options"]!"") + " " + back?join(" "))?trim}></#if>
</#if>
<#import "_lib.ftl" as lib>
<@lib.options o/>
