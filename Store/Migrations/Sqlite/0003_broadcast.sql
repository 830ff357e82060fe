-- Schema v3: officials' accounts, graded warnings and their delivery outbox.

-- Who may use the officials' API: a role, a jurisdiction (division code) and, for officials, a department.
-- Only a hash of the API key is kept; key_prefix finds the row without scanning.
CREATE TABLE accounts (
    id           INTEGER NOT NULL PRIMARY KEY,
    name         TEXT    NOT NULL,
    role         TEXT    NOT NULL CHECK (role IN ('official', 'grid_worker', 'admin')),
    region_code  TEXT    NOT NULL REFERENCES regions (code),
    department   TEXT    NULL CHECK (department IS NULL OR department IN
                         ('emergency', 'natural_resources', 'water', 'weather', 'rural', 'civil')),
    person_id    INTEGER NULL REFERENCES people (id),
    key_prefix   TEXT    NOT NULL UNIQUE,
    key_hash     TEXT    NOT NULL,
    created_utc  TEXT    NOT NULL,
    revoked_utc  TEXT    NULL
);

-- A warning and its lifecycle: draft -> awaiting_approval -> published -> updated / cancelled / expired.
-- An update, cancel or all-clear is its own row that references the warning it changes (references_id).
CREATE TABLE warnings (
    id              INTEGER NOT NULL PRIMARY KEY,
    identifier      TEXT    NOT NULL UNIQUE, -- CAP identifier
    hazard          TEXT    NOT NULL CHECK (hazard IN ('weather', 'geological', 'flood', 'other')),
    event           TEXT    NOT NULL,        -- 暴雨, 滑坡, 山洪 …
    level           TEXT    NOT NULL CHECK (level IN ('red', 'orange', 'yellow', 'blue')),
    kind            TEXT    NOT NULL CHECK (kind IN ('warning', 'forecast', 'danger_notice', 'all_clear')),
    headline        TEXT    NOT NULL,
    description     TEXT    NOT NULL,
    instruction     TEXT    NOT NULL,
    audiences       TEXT    NOT NULL,        -- comma list of households, grid_workers, officials
    effective_utc   TEXT    NOT NULL,
    expires_utc     TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('draft', 'awaiting_approval', 'published', 'updated',
                                                       'cancelled', 'expired')),
    references_id   INTEGER NULL REFERENCES warnings (id),
    green_channel   INTEGER NOT NULL DEFAULT 0,
    created_by      INTEGER NULL REFERENCES accounts (id),
    approved_by     INTEGER NULL REFERENCES accounts (id),
    source          TEXT    NOT NULL DEFAULT 'api', -- api, cap, grid_worker
    created_utc     TEXT    NOT NULL,
    published_utc   TEXT    NULL,
    updated_utc     TEXT    NOT NULL,
    -- Targeting writes the outbox in batches and records how far it got, so a restart resumes instead of restarting.
    targeting_state TEXT    NOT NULL DEFAULT 'none' CHECK (targeting_state IN ('none', 'pending', 'done')),
    targeting_after INTEGER NOT NULL DEFAULT 0 -- last people.id enqueued
);
CREATE INDEX ix_warnings_status ON warnings (status, targeting_state);
CREATE INDEX ix_warnings_references ON warnings (references_id);

-- The places a warning covers, as division-code prefixes (a town: 9 digits, a village: 12).
CREATE TABLE warning_areas (
    warning_id  INTEGER NOT NULL REFERENCES warnings (id),
    code_prefix TEXT    NOT NULL,
    PRIMARY KEY (warning_id, code_prefix)
) WITHOUT ROWID;
CREATE INDEX ix_warning_areas_prefix ON warning_areas (code_prefix);

-- The outbox: one row per (warning, person), never two. Dispatch workers lease due rows, send on the person's best
-- channel and record the outcome; a row whose send outcome is unknown is reconciled with the provider before any resend.
CREATE TABLE deliveries (
    id                  INTEGER NOT NULL PRIMARY KEY,
    warning_id          INTEGER NOT NULL REFERENCES warnings (id),
    person_id           INTEGER NOT NULL REFERENCES people (id),
    priority            INTEGER NOT NULL,          -- 0 first: elderly, disabled, alone, 脱贫户, 监测户, 低保, 特困
    village_code        TEXT    NOT NULL,          -- for per-village coverage without a join
    state               TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'delivered', 'failed',
                                                          'unreachable', 'unknown')),
    channel             TEXT    NULL,              -- wechat, sms, simulator: chosen when sent
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_utc    TEXT    NOT NULL,
    lease_until_utc     TEXT    NULL,
    provider_message_id TEXT    NULL,
    last_error          TEXT    NULL,
    sent_utc            TEXT    NULL,
    delivered_utc       TEXT    NULL,
    acknowledged_utc    TEXT    NULL,
    help_requested_utc  TEXT    NULL,
    UNIQUE (warning_id, person_id)
);
CREATE INDEX ix_deliveries_due ON deliveries (state, next_attempt_utc, priority);
CREATE INDEX ix_deliveries_person ON deliveries (person_id, sent_utc);
CREATE INDEX ix_deliveries_provider ON deliveries (channel, provider_message_id);
CREATE INDEX ix_deliveries_warning_village ON deliveries (warning_id, village_code);
