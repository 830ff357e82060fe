-- Schema v7: a reply the provider refused for now (busy, rate limited) is retried with backoff instead of being lost.
ALTER TABLE outbound_messages ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbound_messages ADD COLUMN next_attempt_utc TEXT NULL;
CREATE INDEX ix_outbound_messages_retry ON outbound_messages (state, next_attempt_utc);
