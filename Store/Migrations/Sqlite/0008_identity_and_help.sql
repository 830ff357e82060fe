-- Schema v8: proof before linking, staff bound by code, duty rosters and help requests.

-- A one-time code sent by SMS to a registered phone, so that the address that asked (a WeChat openid) can become
-- that person. A row is written for every number asked about, registered or not (person_id NULL, sent 0: no SMS),
-- so that asking about an unregistered number looks and behaves exactly like asking about a registered one. The rows
-- are also what the rate limits count, per address, per phone and per village.
CREATE TABLE link_codes (
    id               INTEGER NOT NULL PRIMARY KEY,
    channel          TEXT    NOT NULL,
    address          TEXT    NOT NULL,
    phone            TEXT    NOT NULL,
    person_id        INTEGER NULL REFERENCES people (id),
    village_code     TEXT    NULL,
    code_hash        TEXT    NOT NULL,  -- SHA-256 of salt:code
    salt             TEXT    NOT NULL,
    sent             INTEGER NOT NULL,
    tries            INTEGER NOT NULL DEFAULT 0,
    created_utc      TEXT    NOT NULL,
    expires_utc      TEXT    NOT NULL,
    used_utc         TEXT    NULL,
    locked_until_utc TEXT    NULL       -- set when the tries ran out: no new code for this address until then
);
CREATE INDEX ix_link_codes_address ON link_codes (channel, address, created_utc);
CREATE INDEX ix_link_codes_phone ON link_codes (phone, created_utc);
CREATE INDEX ix_link_codes_village ON link_codes (village_code, created_utc);

-- A one-time code an admin issues for one grid worker or official; entered in chat, it binds that chat address.
-- The code has ~60 bits of entropy, so an unsalted hash finds it without a scan.
CREATE TABLE binding_codes (
    id           INTEGER NOT NULL PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES people (id),
    code_hash    TEXT    NOT NULL UNIQUE,
    issued_by    INTEGER NOT NULL REFERENCES accounts (id),
    created_utc  TEXT    NOT NULL,
    expires_utc  TEXT    NOT NULL,
    used_utc     TEXT    NULL
);
CREATE INDEX ix_binding_codes_person ON binding_codes (person_id);

-- Wrong binding codes by chat address, for the cool-down.
CREATE TABLE binding_failures (
    id      INTEGER NOT NULL PRIMARY KEY,
    channel TEXT    NOT NULL,
    address TEXT    NOT NULL,
    at_utc  TEXT    NOT NULL
);
CREATE INDEX ix_binding_failures_address ON binding_failures (channel, address, at_utc);

-- The chat addresses through which a member of staff holds staff powers (review commands, 险情通报).
CREATE TABLE staff_bindings (
    channel   TEXT    NOT NULL,
    address   TEXT    NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    code_id   INTEGER NOT NULL REFERENCES binding_codes (id),
    bound_utc TEXT    NOT NULL,
    PRIMARY KEY (channel, address)
) WITHOUT ROWID;
CREATE INDEX ix_staff_bindings_person ON staff_bindings (person_id);

-- Who is on duty for a town, county or city, in order, and on which channel each is reached.
CREATE TABLE duty_roster (
    region_code TEXT    NOT NULL REFERENCES regions (code),
    position    INTEGER NOT NULL,
    person_id   INTEGER NOT NULL REFERENCES people (id),
    channel     TEXT    NOT NULL CHECK (channel IN ('wechat', 'sms')),
    PRIMARY KEY (region_code, position)
) WITHOUT ROWID;

-- A call for help (救命, 需要帮助 …) from anyone, enrolled or not. It stays open until someone marks it handled;
-- until then it escalates along the duty roster. The words and the number are kept even without consent: processing
-- needed to protect life in an emergency.
CREATE TABLE help_requests (
    id                  INTEGER NOT NULL PRIMARY KEY,
    channel             TEXT    NOT NULL,
    address             TEXT    NOT NULL,
    person_id           INTEGER NULL REFERENCES people (id),
    name                TEXT    NULL,
    phone               TEXT    NULL,
    village_code        TEXT    NULL,
    region_code         TEXT    NOT NULL,   -- where the chain starts: the village, else the county
    words               TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('open', 'handled')),
    steps_told          INTEGER NOT NULL DEFAULT 0,
    next_escalation_utc TEXT    NULL,
    created_utc         TEXT    NOT NULL,
    updated_utc         TEXT    NOT NULL,
    handled_utc         TEXT    NULL,
    handled_by          TEXT    NULL,
    handled_note        TEXT    NULL
);
CREATE INDEX ix_help_requests_due ON help_requests (status, next_escalation_utc);
CREATE INDEX ix_help_requests_address ON help_requests (channel, address, status);
CREATE INDEX ix_help_requests_region ON help_requests (region_code, status);

-- A notification that must go on one channel only: a code to a registered phone, a roster entry's channel.
ALTER TABLE notifications ADD COLUMN only_channel TEXT NULL CHECK (only_channel IS NULL OR only_channel IN ('wechat', 'sms'));
