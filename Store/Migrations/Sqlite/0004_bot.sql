-- Schema v4: conversations, self-reports, monitoring candidates and notifications for people other than the sender.

-- One row per (channel, address): the dialog stack as JSON and a version for optimistic concurrency, so two
-- messages of one person processed at once cannot both write the stack.
CREATE TABLE conversations (
    channel     TEXT    NOT NULL,
    address     TEXT    NOT NULL,
    person_id   INTEGER NULL REFERENCES people (id),
    stack       TEXT    NOT NULL DEFAULT '[]',
    suspended   TEXT    NULL, -- a stack set aside when it expired, offered for resuming
    version     INTEGER NOT NULL DEFAULT 0,
    updated_utc TEXT    NOT NULL,
    PRIMARY KEY (channel, address)
) WITHOUT ROWID;

-- Consent to the privacy notice; null until given.
ALTER TABLE people ADD COLUMN consented_utc TEXT NULL;

-- A self-report (农户自主申报), by the person or for a neighbour, and its review by the grid worker.
CREATE TABLE reports (
    id                 INTEGER NOT NULL PRIMARY KEY,
    number             TEXT    NOT NULL UNIQUE,  -- short number people can read out
    village_code       TEXT    NOT NULL REFERENCES regions (code),
    household_id       INTEGER NULL REFERENCES households (id),
    reporter_id        INTEGER NOT NULL REFERENCES people (id),
    for_neighbour      INTEGER NOT NULL DEFAULT 0,
    subject_name       TEXT    NULL,             -- whose household, when reporting for a neighbour
    hazard             TEXT    NOT NULL,
    occurred_on        TEXT    NULL,             -- yyyy-MM-dd
    deaths             INTEGER NOT NULL DEFAULT 0,
    injured            INTEGER NOT NULL DEFAULT 0,
    house              TEXT    NOT NULL,         -- none, minor, severe, unsafe, collapsed
    crops              TEXT    NOT NULL,         -- none, reduced, total_loss
    livestock_lost     INTEGER NOT NULL DEFAULT 0,
    livestock_count    INTEGER NULL,
    water              TEXT    NOT NULL,         -- normal, short, none, polluted
    income_lost_yuan   INTEGER NULL,
    extra_medical_yuan INTEGER NULL,
    has_labour         INTEGER NULL,
    free_text          TEXT    NULL,
    latitude           REAL    NULL,
    longitude          REAL    NULL,
    media_ids          TEXT    NULL,             -- JSON array of WeChat media ids
    status             TEXT    NOT NULL CHECK (status IN ('submitted', 'confirmed', 'rejected')),
    reviewer_id        INTEGER NULL REFERENCES people (id),
    reviewed_utc       TEXT    NULL,
    review_note        TEXT    NULL,             -- the reason of a rejection, or what was corrected
    created_utc        TEXT    NOT NULL,
    updated_utc        TEXT    NOT NULL
);
CREATE INDEX ix_reports_village_status ON reports (village_code, status, created_utc);
CREATE INDEX ix_reports_reporter ON reports (reporter_id, created_utc);

-- Households a confirmed report puts at risk of relapse into poverty: help first, identification within 15 days.
CREATE TABLE monitoring_candidates (
    id                     INTEGER NOT NULL PRIMARY KEY,
    report_id              INTEGER NOT NULL UNIQUE REFERENCES reports (id),
    household_id           INTEGER NULL REFERENCES households (id),
    village_code           TEXT    NOT NULL,
    object_type            TEXT    NOT NULL,     -- 脱贫不稳定户, 边缘易致贫户, 突发严重困难户
    risk_types             TEXT    NOT NULL,     -- JSON array, 因灾 first
    red_warning            INTEGER NOT NULL,
    per_capita_income_yuan INTEGER NULL,
    explanation            TEXT    NOT NULL,
    deadline_on            TEXT    NOT NULL,     -- yyyy-MM-dd
    status                 TEXT    NOT NULL CHECK (status IN ('candidate', 'enrolled', 'declined')),
    created_utc            TEXT    NOT NULL
);
CREATE INDEX ix_monitoring_candidates_village ON monitoring_candidates (village_code, status);

-- Messages a turn wants delivered to someone else (a grid worker told of a report, a reporter told of the
-- outcome). Written in the turn's transaction; a worker sends them on the person's best channel.
CREATE TABLE notifications (
    id               INTEGER NOT NULL PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES people (id),
    text             TEXT    NOT NULL,
    reason           TEXT    NOT NULL,
    state            TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_utc TEXT    NOT NULL,
    lease_until_utc  TEXT    NULL,
    channel          TEXT    NULL,
    last_error       TEXT    NULL,
    created_utc      TEXT    NOT NULL
);
CREATE INDEX ix_notifications_due ON notifications (state, next_attempt_utc);
