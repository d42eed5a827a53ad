ALTER TYPE ${sql.qn(c.type())} ADD VALUE ${sql.lit(c.value())}<#if c.after()??> AFTER ${sql.lit(c.after())}<#elseif c.before()??> BEFORE ${sql.lit(c.before())}</#if>
