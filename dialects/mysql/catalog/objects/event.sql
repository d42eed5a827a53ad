-- Events: schedule (AT a time, or EVERY an interval until ENDS), ON COMPLETION, status, comment
-- and body, as SHOW CREATE EVENT spells them but without STARTS (set to the creation time when
-- not given; named as not compared). The sql_mode and time zone it was created under, and a
-- definer other than the reading account, are attributes.
SELECT '' AS schema_name, e.EVENT_NAME AS object_name, NULL AS comment,
       CONCAT('CREATE EVENT `', REPLACE(e.EVENT_NAME, '`', '``'), '` ON SCHEDULE ',
              IF(e.EVENT_TYPE = 'ONE TIME', CONCAT('AT ', QUOTE(e.EXECUTE_AT)),
                 -- A compound interval comes quoted already ('1:30' HOUR_MINUTE); QUOTE(NULL) is 'NULL'.
                 CONCAT('EVERY ', e.INTERVAL_VALUE, ' ', e.INTERVAL_FIELD,
                        IF(e.ENDS IS NULL, '', CONCAT(' ENDS ', QUOTE(e.ENDS))))),
              ' ON COMPLETION ', e.ON_COMPLETION, ' ',
              CASE e.STATUS WHEN 'ENABLED' THEN 'ENABLE' WHEN 'DISABLED' THEN 'DISABLE' ELSE 'DISABLE ON SLAVE' END,
              IF(e.EVENT_COMMENT = '', '', CONCAT(' COMMENT ', QUOTE(e.EVENT_COMMENT))),
              ' DO ', e.EVENT_DEFINITION) AS definition,
       IF(e.DEFINER = CURRENT_USER(), JSON_OBJECT('sql_mode', e.SQL_MODE, 'time_zone', e.TIME_ZONE),
          JSON_OBJECT('sql_mode', e.SQL_MODE, 'time_zone', e.TIME_ZONE, 'definer', e.DEFINER)) AS attributes
FROM information_schema.EVENTS e
WHERE e.EVENT_SCHEMA IN ({{namespaces}})
