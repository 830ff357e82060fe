-- Schema v16 (issue 14): incidents (灾情/险情), owned by Alerts.Incidents.
-- An incident gathers what comes in from one town about one hazard family (reports, help requests, 险情通报, the
-- 群测群防 monitors' reports); its figures are read from the confirmed records, an official may set one with a
-- note; geological incidents are graded by art. 5 of the Chongqing regulation, with history; a grade of 大型 or
-- 特大型 drafts the county's report to the municipality and starts the hour of art. 35.

CREATE TABLE incidents (
    id             INTEGER NOT NULL PRIMARY KEY,
    town_code      TEXT    NOT NULL REFERENCES regions (code),   -- 12 digits
    county_code    TEXT    NOT NULL REFERENCES regions (code),
    family         TEXT    NOT NULL CHECK (family IN ('weather', 'geological', 'flood', 'other')),
    title          TEXT    NOT NULL,
    status         TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    -- The grade in force: the higher of the 灾情 and 险情 grades; 'unclassified' (未分级) for a family with no table.
    grade          TEXT    NOT NULL DEFAULT 'unclassified'
                   CHECK (grade IN ('unclassified', 'small', 'medium', 'large', 'extra_large')),
    disaster_grade TEXT    NULL CHECK (disaster_grade IS NULL OR disaster_grade IN ('small', 'medium', 'large', 'extra_large')),
    danger_grade   TEXT    NULL CHECK (danger_grade IS NULL OR danger_grade IN ('small', 'medium', 'large', 'extra_large')),
    opened_utc     TEXT    NOT NULL,
    opened_by      TEXT    NOT NULL,   -- an audit actor ("system" when an item opened it)
    last_item_utc  TEXT    NOT NULL,   -- when the latest item came in: the joining window runs from here
    closed_utc     TEXT    NULL,
    closed_by      TEXT    NULL,
    updated_utc    TEXT    NOT NULL
);
CREATE INDEX ix_incidents_join ON incidents (town_code, family, status, last_item_utc);
CREATE INDEX ix_incidents_county ON incidents (county_code, opened_utc);

-- What an incident is made of. An item belongs to one incident at a time (moving it is an update, on the timeline).
CREATE TABLE incident_items (
    id            INTEGER NOT NULL PRIMARY KEY,
    incident_id   INTEGER NOT NULL REFERENCES incidents (id),
    kind          TEXT    NOT NULL CHECK (kind IN ('report', 'help', 'danger_notice', 'monitor_report')),
    ref_id        INTEGER NOT NULL,   -- reports.id, help_requests.id, warnings.id, hazard_point_observations.id
    village_code  TEXT    NULL,
    received_utc  TEXT    NOT NULL,   -- when the item itself came in
    added_utc     TEXT    NOT NULL,
    added_by      TEXT    NOT NULL,
    UNIQUE (kind, ref_id)
);
CREATE INDEX ix_incident_items_incident ON incident_items (incident_id, received_utc);

-- The timeline: opening, items joining or moved, figures set, grades, notices, the upward report's steps.
CREATE TABLE incident_events (
    id           INTEGER NOT NULL PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    at_utc       TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    detail       TEXT    NULL
);
CREATE INDEX ix_incident_events_incident ON incident_events (incident_id, at_utc);

-- A figure an official set by hand, with the note saying why. Rows are never updated: the latest row per figure is in
-- force, and one with least NULL hands the figure back to the records.
CREATE TABLE incident_figure_settings (
    id           INTEGER NOT NULL PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    figure       TEXT    NOT NULL CHECK (figure IN ('deaths', 'injured', 'missing', 'to_relocate', 'houses_collapsed',
                                                    'houses_unsafe', 'direct_loss', 'potential_loss')),
    least        INTEGER NULL CHECK (least IS NULL OR least >= 0),
    most         INTEGER NULL CHECK (most IS NULL OR most >= least),
    note         TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    set_utc      TEXT    NOT NULL
);
CREATE INDEX ix_incident_figure_settings ON incident_figure_settings (incident_id, figure, id);

-- Grading history: one row each time the grade in force changes, with the figures that gave it.
CREATE TABLE incident_grades (
    id             INTEGER NOT NULL PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incidents (id),
    grade          TEXT    NOT NULL,
    disaster_grade TEXT    NULL,
    danger_grade   TEXT    NULL,
    figures_json   TEXT    NOT NULL,
    reason         TEXT    NOT NULL,   -- which criterion gave it, in Chinese ("险情：需转移人数 520 ≥ 500")
    graded_utc     TEXT    NOT NULL
);
CREATE INDEX ix_incident_grades ON incident_grades (incident_id, id);

-- Warnings issued for an incident (a 临灾预报 for one of its hazard points, or linked by an official).
CREATE TABLE incident_warnings (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    warning_id   INTEGER NOT NULL REFERENCES warnings (id),
    linked_utc   TEXT    NOT NULL,
    linked_by    TEXT    NOT NULL,
    PRIMARY KEY (incident_id, warning_id)
);

-- The county's report to the municipality (art. 35): drafted when a geological incident reaches 大型 or 特大型, due one
-- hour after; each step with its time, so whether the hour was met can be shown afterwards.
CREATE TABLE incident_upward_reports (
    id                 INTEGER NOT NULL PRIMARY KEY,
    incident_id        INTEGER NOT NULL REFERENCES incidents (id),
    grade              TEXT    NOT NULL CHECK (grade IN ('large', 'extra_large')),
    to_code            TEXT    NOT NULL,   -- whom it goes to: the municipality, "50"
    draft_text         TEXT    NOT NULL,
    drafted_utc        TEXT    NOT NULL,
    due_utc            TEXT    NOT NULL,
    duty_person_id     INTEGER NULL REFERENCES people (id),   -- the county duty official told first
    status             TEXT    NOT NULL DEFAULT 'drafted' CHECK (status IN ('drafted', 'sent', 'acknowledged')),
    sent_utc           TEXT    NULL,
    sent_by            TEXT    NULL,
    sent_via           TEXT    NULL,       -- how it went (电话, 传真, 政务平台 …) as the official records it
    sent_text          TEXT    NULL,
    acknowledged_utc   TEXT    NULL,
    acknowledged_by    TEXT    NULL,       -- who at the municipality acknowledged, as recorded
    escalation_step    INTEGER NOT NULL DEFAULT 0,   -- how far along the county roster reminders have gone
    next_reminder_utc  TEXT    NULL,
    UNIQUE (incident_id, grade)
);
CREATE INDEX ix_incident_upward_due ON incident_upward_reports (status, next_reminder_utc);

-- 安置点: a village's designated shelters, with capacity.
CREATE TABLE shelters (
    id            INTEGER NOT NULL PRIMARY KEY,
    village_code  TEXT    NOT NULL REFERENCES regions (code),
    name          TEXT    NOT NULL,   -- as villagers know it: "村小学"
    address       TEXT    NULL,
    capacity      INTEGER NOT NULL CHECK (capacity > 0),
    latitude      REAL    NULL,
    longitude     REAL    NULL,
    created_utc   TEXT    NOT NULL,
    updated_utc   TEXT    NOT NULL,
    UNIQUE (village_code, name)
);

-- How many people are sheltered where, per incident; a grid worker updates it from chat. History is on the timeline.
CREATE TABLE incident_shelter_counts (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    shelter_id   INTEGER NOT NULL REFERENCES shelters (id),
    sheltered    INTEGER NOT NULL CHECK (sheltered >= 0),
    updated_utc  TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL,
    PRIMARY KEY (incident_id, shelter_id)
);

-- 地质灾害隐患点: the register of geological hazard points, with the 群测群防 monitor and the shelter to go to.
CREATE TABLE hazard_points (
    id                      INTEGER NOT NULL PRIMARY KEY,
    code                    TEXT    NOT NULL UNIQUE,   -- 统一编号 as the natural resources office writes it
    name                    TEXT    NOT NULL,
    village_code            TEXT    NOT NULL REFERENCES regions (code),
    kind                    TEXT    NOT NULL,          -- a report hazard key: landslide, collapse, debris_flow, ground_collapse
    latitude                REAL    NULL,
    longitude               REAL    NULL,
    people_threatened       INTEGER NOT NULL CHECK (people_threatened >= 0),
    property_threatened_yuan INTEGER NULL CHECK (property_threatened_yuan IS NULL OR property_threatened_yuan >= 0),
    monitor_person_id       INTEGER NULL REFERENCES people (id),
    shelter_id              INTEGER NULL REFERENCES shelters (id),
    status                  TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    created_utc             TEXT    NOT NULL,
    updated_utc             TEXT    NOT NULL
);
CREATE INDEX ix_hazard_points_village ON hazard_points (village_code);
CREATE INDEX ix_hazard_points_monitor ON hazard_points (monitor_person_id) WHERE monitor_person_id IS NOT NULL;

-- The households a point threatens, exactly: a 临灾预报 for the point goes to these and nobody else.
CREATE TABLE hazard_point_households (
    point_id      INTEGER NOT NULL REFERENCES hazard_points (id),
    household_id  INTEGER NOT NULL REFERENCES households (id),
    PRIMARY KEY (point_id, household_id)
);
CREATE INDEX ix_hazard_point_households_household ON hazard_point_households (household_id);

-- What a monitor saw at a point ("裂缝变宽了", a photo): each one an incident item.
CREATE TABLE hazard_point_observations (
    id            INTEGER NOT NULL PRIMARY KEY,
    point_id      INTEGER NOT NULL REFERENCES hazard_points (id),
    person_id     INTEGER NOT NULL REFERENCES people (id),
    text          TEXT    NOT NULL,
    media_ids     TEXT    NULL,
    created_utc   TEXT    NOT NULL
);
CREATE INDEX ix_hazard_point_observations_point ON hazard_point_observations (point_id, created_utc);
