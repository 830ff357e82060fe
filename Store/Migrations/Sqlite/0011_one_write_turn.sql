-- Schema v11: a turn is one write (issue 10). The inbound row is inserted inside the turn's own transaction and
-- committed with its answer, so a committed row is always answered and a crash leaves no row at all: the provider's
-- retry is processed as new. The 'processing' state and its lease (a claim committed on its own, taken over after a
-- crash) are gone. A row an older version left 'processing' was never answered: it is deleted, so a retry of that
-- message runs as new instead of waiting for a lease.
DELETE FROM inbound_messages WHERE state = 'processing';
ALTER TABLE inbound_messages DROP COLUMN lease_until_utc;
ALTER TABLE inbound_messages DROP COLUMN state;
