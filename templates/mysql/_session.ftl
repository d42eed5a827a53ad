<#--
  Strict, so a narrowing change fails instead of cutting values; without ANSI_QUOTES,
  NO_BACKSLASH_ESCAPES or PIPES_AS_CONCAT, so the statements parse as they were written; without
  NO_ZERO_DATE, so legacy zero-date defaults still load. Lasts for this connection only.
-->
SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION'
