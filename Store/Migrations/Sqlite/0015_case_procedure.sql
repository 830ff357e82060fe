-- Schema v15 (issue 13, item 4): the identification procedure and its clock.
-- A case opened by hand (农户申请, 干部走访排查) or from a department's list (部门筛查预警) may name a household the
-- village register does not hold yet: the head's name as the applicant or the list gives it is kept on the case, so
-- reminders and the platform export can name it. NULL when the case rests on a register household (its head is there).
ALTER TABLE monitoring_cases ADD COLUMN head_name TEXT NULL;

-- The clock worker looks for identifying cases by deadline across every village.
CREATE INDEX ix_monitoring_cases_clock ON monitoring_cases (status, deadline_on);
