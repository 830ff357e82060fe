-- Schema v19 (issue 14): every sheltered count a grid worker sets, kept, so the daily statistics can say how many were
-- sheltered at the end of any day (incident_shelter_counts holds only the latest). Rows are never updated.
CREATE TABLE incident_shelter_count_history (
    id           INTEGER NOT NULL PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    shelter_id   INTEGER NOT NULL REFERENCES shelters (id),
    sheltered    INTEGER NOT NULL CHECK (sheltered >= 0),
    set_utc      TEXT    NOT NULL,
    set_by       TEXT    NOT NULL
);
CREATE INDEX ix_incident_shelter_count_history ON incident_shelter_count_history (incident_id, shelter_id, set_utc);
