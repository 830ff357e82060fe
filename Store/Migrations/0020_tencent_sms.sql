-- Schema v20 (issue 15): mainland SMS through Tencent Cloud, which sends approved templates only and has no
-- deduplication of its own.
-- A warning resent because its first send's outcome stayed unknown and no receipt came in time may have reached the
-- person twice: the row says so, and the console counts it.
ALTER TABLE deliveries ADD COLUMN possible_duplicate INTEGER NOT NULL DEFAULT 0 CHECK (possible_duplicate IN (0, 1));
-- What a notice is for, and its named values (a code's digits): a template provider fills its template from them.
ALTER TABLE notifications ADD COLUMN purpose TEXT NOT NULL DEFAULT 'notice' CHECK (purpose IN ('notice', 'code'));
ALTER TABLE notifications ADD COLUMN template_data TEXT NULL;
