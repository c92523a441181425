-- As migrations/sqlite/0006: the device family of each session, never the User-Agent or an
-- address, and the families an account has signed in from.
ALTER TABLE sessions ADD COLUMN device TEXT NOT NULL DEFAULT 'other/other';
CREATE TABLE member_devices (
    member_id  BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    device     TEXT NOT NULL,
    first_seen BIGINT NOT NULL,
    PRIMARY KEY (member_id, device)
);
