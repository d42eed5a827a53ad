<#-- MariaDB has no DROP CHECK; a column's own check goes with the column's MODIFY instead. -->
DROP CONSTRAINT ${sql.q(c.check().name())}
