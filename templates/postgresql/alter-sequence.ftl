<#-- Options are set together (a new type may need new bounds); the owner only when it changes. -->
<#assign name = sql.qn(c.object().ref().qname())>
<#assign f = c.from().definition()>
<#assign s = c.object().definition()>
<#if f.type() != s.type() || f.start() != s.start() || f.increment() != s.increment() || f.min() != s.min()
    || f.max() != s.max() || f.cache() != s.cache() || f.cycle() != s.cycle()>
ALTER SEQUENCE ${name} AS ${s.type()} INCREMENT BY ${s.increment()} MINVALUE ${s.min()} MAXVALUE ${s.max()} START WITH ${s.start()} CACHE ${s.cache()} <#if s.cycle()>CYCLE<#else>NO CYCLE</#if>
${sql.statementBreak}
</#if>
<#assign fromOwner = (f.ownedBy()??)?then(f.ownedBy().toString(), "")>
<#assign toOwner = (s.ownedBy()??)?then(s.ownedBy().toString(), "")>
<#if fromOwner != toOwner>
ALTER SEQUENCE ${name} OWNED BY <#if s.ownedBy()??>${sql.qn(s.ownedBy().table())}.${sql.q(s.ownedBy().column())}<#else>NONE</#if>
</#if>
