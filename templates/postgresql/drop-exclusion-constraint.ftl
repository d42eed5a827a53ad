ALTER TABLE ${sql.qn(c.object().definition().table())} DROP CONSTRAINT ${sql.q(c.object().ref().name())}
