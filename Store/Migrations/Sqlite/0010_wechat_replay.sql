-- Schema v10: a plaintext WeChat push is signed over (token, timestamp, nonce) only, not its body (wechat.md §2), so
-- whoever saw one signed URL could post any body with it while the timestamp is fresh. Each signed pair is therefore
-- accepted with one body only: WeChat's own retries repeat the body and go on to deduplication; another body is refused.
-- A row can only matter while its timestamp is within the accepted clock skew, so older rows are pruned.
CREATE TABLE wechat_seen_pushes (
    timestamp   TEXT NOT NULL,   -- as signed (Unix seconds)
    nonce       TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,   -- lower-case hex of the raw body's SHA-256
    seen_utc    TEXT NOT NULL,
    PRIMARY KEY (timestamp, nonce)
) WITHOUT ROWID;
CREATE INDEX ix_wechat_seen_pushes_seen ON wechat_seen_pushes (seen_utc);
