-- Schema v14 (issue 13): monitoring (防止返贫监测) from household records to exit.
-- Policy sources: ../shared/policy/003 (scope, 村级审查 → 镇街审核, weekly check-ins, 红色预警, measures by labour),
-- 001 and 004 (15-day identification, help first, one named helper per household), 002 (three routes: 农户自主申报,
-- 基层干部排查, 部门筛查预警).

-- The village register (户籍 + 帮扶 records) on the household. NULL means "not known", never "fine": a guarantee or
-- an income nobody recorded is assessed once somebody records it.
ALTER TABLE households ADD COLUMN register_no TEXT NULL;              -- 户编号 as the village register writes it
ALTER TABLE households ADD COLUMN income_per_person_yuan INTEGER NULL; -- 人均纯收入 for income_year
ALTER TABLE households ADD COLUMN income_year INTEGER NULL;
ALTER TABLE households ADD COLUMN income_source TEXT NULL;            -- where the figure comes from (登记, 入户调查 …)
ALTER TABLE households ADD COLUMN food_secure INTEGER NULL;           -- 不愁吃
ALTER TABLE households ADD COLUMN clothing_secure INTEGER NULL;       -- 不愁穿
ALTER TABLE households ADD COLUMN education_secure INTEGER NULL;      -- 义务教育有保障
ALTER TABLE households ADD COLUMN medical_secure INTEGER NULL;        -- 基本医疗有保障
ALTER TABLE households ADD COLUMN housing_secure INTEGER NULL;        -- 住房安全有保障
ALTER TABLE households ADD COLUMN water_secure INTEGER NULL;          -- 饮水安全有保障
ALTER TABLE households ADD COLUMN labour TEXT NULL CHECK (labour IS NULL OR labour IN ('full', 'weak', 'none'));
ALTER TABLE households ADD COLUMN has_dibao_edge INTEGER NOT NULL DEFAULT 0; -- 低保边缘
ALTER TABLE households ADD COLUMN has_disabled INTEGER NOT NULL DEFAULT 0;   -- 残疾 (a member)
ALTER TABLE households ADD COLUMN helper_id INTEGER NULL REFERENCES people (id); -- 帮扶责任人
ALTER TABLE households ADD COLUMN updated_utc TEXT NULL;
CREATE UNIQUE INDEX ux_households_register ON households (village_code, register_no) WHERE register_no IS NOT NULL;
CREATE INDEX ix_households_helper ON households (helper_id) WHERE helper_id IS NOT NULL;

-- Members as the register lists them. Policy 003: members follow the 户籍 register, but where someone is registered
-- and does not live there (户在人不在) or lives there unregistered (人在户不在), actual common living decides: a
-- household's size is the count of lives_here = 1.
CREATE TABLE household_members (
    id            INTEGER NOT NULL PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households (id),
    position      INTEGER NOT NULL,            -- order in the register, 1 = 户主
    name          TEXT    NOT NULL,
    relation      TEXT    NOT NULL,            -- 与户主关系
    born_year     INTEGER NULL,
    on_register   INTEGER NOT NULL DEFAULT 1,  -- 户籍在本户
    lives_here    INTEGER NOT NULL DEFAULT 1,  -- 实际共同生活
    is_disabled   INTEGER NOT NULL DEFAULT 0,
    labour        TEXT    NULL CHECK (labour IS NULL OR labour IN ('full', 'weak', 'none')),
    UNIQUE (household_id, position)
);

-- The 两不愁 and 教育/医疗 answers a report may carry (1 = fine, 0 = fails, NULL = not asked or not known).
ALTER TABLE reports ADD COLUMN food_ok INTEGER NULL;
ALTER TABLE reports ADD COLUMN clothing_ok INTEGER NULL;
ALTER TABLE reports ADD COLUMN schooling_ok INTEGER NULL;
ALTER TABLE reports ADD COLUMN medical_care_ok INTEGER NULL;

-- One case per household at risk, from the first clue to exit. status: identifying (the 15-day procedure runs),
-- monitored (监测户, helped), declined (not identified, with reasons), exited (风险消除). stage: the last
-- identification step recorded. opened_utc is the first report or application: the clock starts there, not at
-- the grid worker's confirmation.
CREATE TABLE monitoring_cases (
    id                     INTEGER NOT NULL PRIMARY KEY,
    household_id           INTEGER NULL REFERENCES households (id),
    village_code           TEXT    NOT NULL REFERENCES regions (code),
    source                 TEXT    NOT NULL CHECK (source IN ('self_report', 'application', 'grid_visit', 'department_screening')),
    status                 TEXT    NOT NULL CHECK (status IN ('identifying', 'monitored', 'declined', 'exited')),
    stage                  TEXT    NOT NULL CHECK (stage IN ('clue', 'village_reviewed', 'town_revisited', 'county_decided', 'platform_entered')),
    object_type            TEXT    NULL,          -- 脱贫不稳定户, 边缘易致贫户, 突发严重困难户; NULL until known
    risk_types             TEXT    NOT NULL DEFAULT '[]', -- JSON array of Chinese names, 因灾 first
    red_warning            INTEGER NOT NULL DEFAULT 0,
    red_warning_utc        TEXT    NULL,
    per_capita_income_yuan INTEGER NULL,
    explanation            TEXT    NOT NULL DEFAULT '',
    opened_utc             TEXT    NOT NULL,
    deadline_on            TEXT    NOT NULL,      -- yyyy-MM-dd, Beijing date
    day10_reminded_utc     TEXT    NULL,
    deadline_reminded_utc  TEXT    NULL,
    escalated_utc          TEXT    NULL,
    enrolled_utc           TEXT    NULL,
    next_checkin_due_utc   TEXT    NULL,
    checkin_reminded_utc   TEXT    NULL,
    closed_utc             TEXT    NULL,
    created_utc            TEXT    NOT NULL,
    updated_utc            TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_monitoring_cases_open ON monitoring_cases (household_id)
    WHERE household_id IS NOT NULL AND status IN ('identifying', 'monitored');
CREATE INDEX ix_monitoring_cases_village ON monitoring_cases (village_code, status, deadline_on);

-- The reports a case rests on; a report adds to at most one case.
CREATE TABLE case_reports (
    case_id    INTEGER NOT NULL REFERENCES monitoring_cases (id),
    report_id  INTEGER NOT NULL UNIQUE REFERENCES reports (id),
    added_utc  TEXT    NOT NULL,
    PRIMARY KEY (case_id, report_id)
) WITHOUT ROWID;

-- The case's timeline: every step with who and when (clue, village_review, town_revisit, county_decision,
-- platform_entry, reminder, escalation, red_warning, helper, measure, checkin, exit …).
CREATE TABLE case_events (
    id        INTEGER NOT NULL PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES monitoring_cases (id),
    kind      TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    at_utc    TEXT    NOT NULL,
    outcome   TEXT    NULL,
    note      TEXT    NULL
);
CREATE INDEX ix_case_events_case ON case_events (case_id, at_utc);

-- Help measures chosen for a case from the catalogue (Monitoring/Data/measures.json), each with its state.
CREATE TABLE case_measures (
    id           INTEGER NOT NULL PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES monitoring_cases (id),
    measure      TEXT    NOT NULL,              -- catalogue key
    state        TEXT    NOT NULL CHECK (state IN ('planned', 'in_progress', 'done', 'dropped')),
    note         TEXT    NULL,
    created_utc  TEXT    NOT NULL,
    updated_utc  TEXT    NOT NULL,
    UNIQUE (case_id, measure)
);

-- The helper's visits (走访), at least weekly while monitored.
CREATE TABLE case_checkins (
    id          INTEGER NOT NULL PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES monitoring_cases (id),
    helper_id   INTEGER NOT NULL REFERENCES people (id),
    visited_utc TEXT    NOT NULL,
    notes       TEXT    NOT NULL,
    channel     TEXT    NOT NULL                -- wechat, sms, console, api
);
CREATE INDEX ix_case_checkins_case ON case_checkins (case_id, visited_utc);

-- 部门筛查预警: lists from civil affairs, medical insurance, housing and water, one row per household named.
CREATE TABLE screening_clues (
    id            INTEGER NOT NULL PRIMARY KEY,
    department    TEXT    NOT NULL CHECK (department IN ('civil_affairs', 'medical_insurance', 'housing', 'water')),
    village_code  TEXT    NOT NULL REFERENCES regions (code),
    head_name     TEXT    NOT NULL,
    register_no   TEXT    NULL,
    reason        TEXT    NOT NULL,
    listed_on     TEXT    NOT NULL,             -- yyyy-MM-dd, the list's date
    household_id  INTEGER NULL REFERENCES households (id),
    case_id       INTEGER NULL REFERENCES monitoring_cases (id),
    imported_by   TEXT    NOT NULL,
    imported_utc  TEXT    NOT NULL,
    UNIQUE (department, village_code, head_name, reason, listed_on)
);

-- The candidates of schema v4 become cases (their report's time starts the clock they should have had). Open
-- candidates of one household fold into its one open case (monitored if any was enrolled); declined ones stay apart.
CREATE TEMP TABLE candidate_keeper AS
SELECT m.id AS candidate_id,
       CASE WHEN m.household_id IS NULL OR m.status = 'declined' THEN m.id
            ELSE (SELECT MIN(m2.id) FROM monitoring_candidates m2
                  WHERE m2.household_id = m.household_id AND m2.status <> 'declined') END AS keeper_id
FROM monitoring_candidates m;
INSERT INTO monitoring_cases (id, household_id, village_code, source, status, stage, object_type, risk_types, red_warning,
                              red_warning_utc, per_capita_income_yuan, explanation, opened_utc, deadline_on, enrolled_utc,
                              closed_utc, created_utc, updated_utc)
SELECT m.id, m.household_id, m.village_code, 'self_report',
       CASE WHEN m.status = 'declined' THEN 'declined'
            WHEN EXISTS (SELECT 1 FROM candidate_keeper k JOIN monitoring_candidates o ON o.id = k.candidate_id
                         WHERE k.keeper_id = m.id AND o.status = 'enrolled') THEN 'monitored'
            ELSE 'identifying' END,
       CASE m.status WHEN 'candidate' THEN 'clue' ELSE 'county_decided' END,
       m.object_type, m.risk_types, m.red_warning, CASE WHEN m.red_warning = 1 THEN m.created_utc END,
       m.per_capita_income_yuan, m.explanation, r.created_utc, m.deadline_on,
       CASE m.status WHEN 'enrolled' THEN m.created_utc END, CASE m.status WHEN 'declined' THEN m.created_utc END,
       m.created_utc, m.created_utc
FROM monitoring_candidates m
JOIN reports r ON r.id = m.report_id
JOIN candidate_keeper k ON k.candidate_id = m.id AND k.keeper_id = m.id;
INSERT INTO case_reports (case_id, report_id, added_utc)
SELECT k.keeper_id, m.report_id, m.created_utc FROM monitoring_candidates m JOIN candidate_keeper k ON k.candidate_id = m.id;
INSERT INTO case_events (case_id, kind, actor, at_utc, note)
SELECT c.id, 'clue', 'system', c.opened_utc, 'self_report' FROM monitoring_cases c;
UPDATE households SET is_monitored = 1
WHERE id IN (SELECT household_id FROM monitoring_cases WHERE status = 'monitored' AND household_id IS NOT NULL);
DROP TABLE candidate_keeper;
DROP INDEX ix_monitoring_candidates_village;
DROP TABLE monitoring_candidates;
