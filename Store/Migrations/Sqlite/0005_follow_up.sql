-- Schema v5: when the follow-up (叫应) of a warning's unacknowledged priority households went to the grid workers.
ALTER TABLE warnings ADD COLUMN followed_up_utc TEXT NULL;
