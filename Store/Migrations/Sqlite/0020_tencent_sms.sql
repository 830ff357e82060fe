-- Schema v20 (issue 15): mainland SMS through Tencent Cloud, which sends approved templates only and has no
-- deduplication of its own.
-- A warning resent because its first send's outcome stayed unknown and no receipt came in time may have reached the
-- person twice: the row says so, and the console counts it.
ALTER TABLE deliveries ADD COLUMN possible_duplicate INTEGER NOT NULL DEFAULT 0 CHECK (possible_duplicate IN (0, 1));
-- When the send now in doubt began: a receipt is waited for from then, not from the row's first attempt.
ALTER TABLE deliveries ADD COLUMN doubt_since_utc TEXT NULL;
-- What a notice is for, and its named values (a code's digits): a template provider fills its template from them.
ALTER TABLE notifications ADD COLUMN purpose TEXT NOT NULL DEFAULT 'notice' CHECK (purpose IN ('notice', 'code'));
ALTER TABLE notifications ADD COLUMN template_data TEXT NULL;
-- A receipt can come before the send's answer is written (a carrier that reports within a second, a Host busy
-- writing): it is kept here and applied when the record gets that provider id, then forgotten. A week at most.
CREATE TABLE early_receipts (
    channel             TEXT    NOT NULL,
    provider_message_id TEXT    NOT NULL,
    provider_status     TEXT    NOT NULL,
    status_rank         INTEGER NOT NULL,
    state               TEXT    NOT NULL CHECK (state IN ('sent', 'delivered', 'failed', 'unreachable')),
    error_code          TEXT    NULL,
    received_utc        TEXT    NOT NULL,
    PRIMARY KEY (channel, provider_message_id)
);
CREATE INDEX ix_early_receipts_received ON early_receipts (received_utc);
