-- A warning for exactly these households (a 临灾预报 for a hazard point: its threatened households, nobody else in the
-- village). When a warning has rows here, targeting reaches the people of these households and ignores its areas; the
-- areas still say whose warning it is (who sees, approves and changes it).
CREATE TABLE warning_households (
    warning_id    INTEGER NOT NULL REFERENCES warnings (id),
    household_id  INTEGER NOT NULL REFERENCES households (id),
    PRIMARY KEY (warning_id, household_id)
);
