-- Every running Host on this database, by its last heartbeat: the live ones share each provider's send rate.
CREATE TABLE host_heartbeats (
    host_id     TEXT NOT NULL PRIMARY KEY,   -- machine:process:random, new at each start
    started_utc TEXT NOT NULL,
    seen_utc    TEXT NOT NULL
);
