-- Schema v18 (issue 14): who was reminded of the report up (art. 35), and when. One row per person told at each step
-- of the clock, so the record afterwards shows the reminders with their times and whom; the unique key is a second
-- guard against telling one person twice at one step.
CREATE TABLE incident_upward_reminders (
    id            INTEGER NOT NULL PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES incident_upward_reports (id),
    step          INTEGER NOT NULL CHECK (step >= 1),   -- the report's escalation_step this reminder was
    person_id     INTEGER NOT NULL REFERENCES people (id),
    name          TEXT    NOT NULL,                    -- as on the roster when told
    roster_code   TEXT    NOT NULL,                    -- whose roster: the county's or the city's 12-digit code
    state         TEXT    NOT NULL CHECK (state IN ('drafted', 'overdue', 'sent')),
    at_utc        TEXT    NOT NULL,
    UNIQUE (report_id, step, person_id)
);
CREATE INDEX ix_incident_upward_reminders_report ON incident_upward_reminders (report_id, step);
