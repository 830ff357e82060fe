-- Schema v6: what the dispatch workers need beyond the v3 outbox. (0004 and 0005 belong to other work; gaps are fine.)

-- The moment this row was first claimed: the earliest any provider could have been handed its message. An SMS whose
-- send outcome is unknown is looked up at Twilio from this time on; a WeChat template resend relies on client_msg_id,
-- which WeChat honours for 10 minutes from the first send.
ALTER TABLE deliveries ADD COLUMN first_attempt_utc TEXT NULL;

-- 1 while an earlier attempt on `channel` may have reached the provider without us learning the outcome (a crash
-- mid-send, so the lease ran out while 'sending'; a timeout or 5xx after sending, so 'unknown'). The next claim
-- reconciles with the provider before any resend. SQLite's RETURNING shows only new values, so the claim records
-- the previous state here in the same UPDATE.
ALTER TABLE deliveries ADD COLUMN in_doubt INTEGER NOT NULL DEFAULT 0;

-- The claim takes due rows of one state in (priority, id) order; with this index that is an index walk that stops at
-- the batch size. ix_deliveries_due (state, next_attempt_utc, priority) made SQLite sort every due row on each claim.
CREATE INDEX ix_deliveries_claim ON deliveries (state, priority);
