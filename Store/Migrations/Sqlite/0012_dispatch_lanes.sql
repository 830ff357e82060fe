-- Dispatch runs one lane per channel, and a row's channel is chosen when it is written (targeting), before any claim.
-- Rows queued by an earlier version have no channel yet: they get the one the person's records choose now (the same
-- rule as ChannelChoice.Sql), and a row nobody can be reached on is unreachable, as targeting would have written it.
UPDATE deliveries
SET channel = (SELECT CASE WHEN p.wechat_openid <> '' AND p.wechat_unfollowed_utc IS NULL THEN 'wechat'
                           WHEN p.phone <> '' AND p.sms_opted_out = 0 THEN 'sms' END
               FROM people p WHERE p.id = deliveries.person_id)
WHERE channel IS NULL AND state IN ('pending', 'sending');

UPDATE deliveries SET state = 'unreachable', last_error = 'no_channel', lease_until_utc = NULL
WHERE channel IS NULL AND state IN ('pending', 'sending');

-- A row in doubt is asked about again for as long as its warning is in force: 'unknown' with in_doubt = 1 is still
-- being asked, 'unknown' with in_doubt = 0 was given up. Rows an earlier version gave up after its attempts are the
-- latter already; those it would still have asked keep in_doubt = 1.

-- Each lane takes its due rows in (priority, id) order along this index.
DROP INDEX ix_deliveries_claim;
CREATE INDEX ix_deliveries_lane ON deliveries (channel, state, priority);
