-- Schema v1: places, households, people, grid assignments and the audit log.
-- Division codes are 12-digit text compared in binary order, so "everything under prefix P" is a range scan
-- (code >= P AND code < P+1) on the indexes below.

CREATE TABLE regions (
    code        TEXT    NOT NULL PRIMARY KEY CHECK (length(code) = 12),
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5), -- 1 province, 2 city, 3 county, 4 town, 5 village
    parent_code TEXT    NULL REFERENCES regions (code),
    name        TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_regions_parent ON regions (parent_code);

CREATE TABLE households (
    id             INTEGER NOT NULL PRIMARY KEY,
    village_code   TEXT    NOT NULL REFERENCES regions (code),
    address        TEXT    NOT NULL,
    head_name      TEXT    NOT NULL,
    is_lifted_out  INTEGER NOT NULL DEFAULT 0, -- 脱贫户
    is_monitored   INTEGER NOT NULL DEFAULT 0, -- 监测户
    has_dibao      INTEGER NOT NULL DEFAULT 0, -- 低保
    is_tekun       INTEGER NOT NULL DEFAULT 0, -- 特困
    is_low_income  INTEGER NOT NULL DEFAULT 0, -- 低收入
    created_utc    TEXT    NOT NULL
);
CREATE INDEX ix_households_village ON households (village_code);

CREATE TABLE people (
    id             INTEGER NOT NULL PRIMARY KEY,
    household_id   INTEGER NULL REFERENCES households (id),
    name           TEXT    NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('villager', 'grid_worker', 'official')),
    -- A villager's village; a worker's or official's jurisdiction. Denormalised from the household so that
    -- targeting by prefix needs no join.
    region_code    TEXT    NOT NULL REFERENCES regions (code),
    department     TEXT    NULL,      -- officials: emergency, natural_resources, water, weather, rural, civil
    phone          TEXT    NULL CHECK (phone IS NULL OR phone GLOB '+[1-9]*'), -- E.164
    wechat_openid  TEXT    NULL,
    sms_opted_out  INTEGER NOT NULL DEFAULT 0,
    is_elderly     INTEGER NOT NULL DEFAULT 0, -- 60 or older
    is_disabled    INTEGER NOT NULL DEFAULT 0,
    lives_alone    INTEGER NOT NULL DEFAULT 0,
    created_utc    TEXT    NOT NULL
);
CREATE INDEX ix_people_region_role ON people (region_code, role);
CREATE INDEX ix_people_household ON people (household_id);
CREATE UNIQUE INDEX ux_people_phone ON people (phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX ux_people_openid ON people (wechat_openid) WHERE wechat_openid IS NOT NULL;

CREATE TABLE grid_assignments (
    worker_id   INTEGER NOT NULL REFERENCES people (id),
    region_code TEXT    NOT NULL REFERENCES regions (code),
    PRIMARY KEY (worker_id, region_code)
) WITHOUT ROWID;
CREATE INDEX ix_grid_assignments_region ON grid_assignments (region_code);

CREATE TABLE audit_log (
    id       INTEGER NOT NULL PRIMARY KEY,
    at_utc   TEXT    NOT NULL,
    actor    TEXT    NOT NULL,
    action   TEXT    NOT NULL,
    subject  TEXT    NOT NULL,
    detail   TEXT    NULL
);
CREATE INDEX ix_audit_log_subject ON audit_log (subject, at_utc);
