-- Schema v5: where an imported CAP alert came from.
-- A CAP Update or Cancel names the alert it changes by "sender,identifier,sent". Our own warnings are found by
-- warnings.identifier, but an imported alert keeps its origin's sender and identifier beside ours, so that a later
-- Update or Cancel from the same sender maps onto our lifecycle, and the same alert is not imported twice.
-- (0004 is reserved for the bot.)
ALTER TABLE warnings ADD COLUMN origin_sender TEXT NULL;
ALTER TABLE warnings ADD COLUMN origin_identifier TEXT NULL;
ALTER TABLE warnings ADD COLUMN origin_sent TEXT NULL; -- as the origin wrote it
CREATE UNIQUE INDEX ux_warnings_origin ON warnings (origin_sender, origin_identifier) WHERE origin_sender IS NOT NULL;
