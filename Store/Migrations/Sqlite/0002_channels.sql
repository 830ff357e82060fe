-- Schema v2: what the channels need to be exactly-once and shareable between Host instances.

-- Every inbound message by its provider id. A retry of the same id finds its row: it is never processed twice and
-- gets the reply the first delivery produced. A row left 'processing' by a crash is taken over after its lease.
CREATE TABLE inbound_messages (
    channel             TEXT NOT NULL,
    provider_message_id TEXT NOT NULL,
    address             TEXT NOT NULL,
    kind                TEXT NOT NULL,
    text                TEXT NULL,
    received_utc        TEXT NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('processing', 'answered')),
    lease_until_utc     TEXT NOT NULL,
    reply               TEXT NULL,     -- JSON array of the reply texts
    reply_via           TEXT NULL,     -- passive (in the HTTP answer) or send (through the provider's API)
    PRIMARY KEY (channel, provider_message_id)
) WITHOUT ROWID;
CREATE INDEX ix_inbound_messages_address ON inbound_messages (channel, address, received_utc);

-- Every message that left, or would have left (the simulator), with its provider id and latest status.
CREATE TABLE outbound_messages (
    id                  INTEGER NOT NULL PRIMARY KEY,
    channel             TEXT    NOT NULL,
    address             TEXT    NOT NULL,
    text                TEXT    NOT NULL,
    idempotency_key     TEXT    NOT NULL UNIQUE,
    purpose             TEXT    NOT NULL,  -- reply, notice, warning
    state               TEXT    NOT NULL CHECK (state IN ('pending', 'sent', 'delivered', 'failed', 'unreachable',
                                                          'unknown', 'simulated')),
    provider_message_id TEXT    NULL,
    provider_status     TEXT    NULL,
    status_rank         INTEGER NOT NULL DEFAULT 0, -- status callbacks only ever move this up
    error_code          TEXT    NULL,
    segments            INTEGER NULL,
    created_utc         TEXT    NOT NULL,
    updated_utc         TEXT    NOT NULL
);
CREATE INDEX ix_outbound_messages_provider ON outbound_messages (channel, provider_message_id);
CREATE INDEX ix_outbound_messages_created ON outbound_messages (created_utc);

-- The WeChat access_token, shared by every Host instance on this database.
CREATE TABLE provider_tokens (
    provider     TEXT NOT NULL,
    account      TEXT NOT NULL,
    token        TEXT NOT NULL,
    expires_utc  TEXT NOT NULL,
    updated_utc  TEXT NOT NULL,
    PRIMARY KEY (provider, account)
) WITHOUT ROWID;

-- Reachability learnt from the channels: an unfollow of the WeChat account, an SMS opt-out (STOP/TD/退订).
ALTER TABLE people ADD COLUMN wechat_unfollowed_utc TEXT NULL;

-- Opt-outs of numbers we may not know yet: the person may register later and must still not be texted.
CREATE TABLE sms_opt_outs (
    phone        TEXT NOT NULL PRIMARY KEY,
    opted_out    INTEGER NOT NULL,
    updated_utc  TEXT NOT NULL
) WITHOUT ROWID;
