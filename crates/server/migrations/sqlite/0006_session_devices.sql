-- What a member sees of their sessions: the device family of each ("chrome/android", read from
-- the User-Agent by jne_core::jlc::device), never the User-Agent itself or an address; and the
-- families an account has signed in from, for the notice of a sign-in from a new one.
ALTER TABLE sessions ADD COLUMN device TEXT NOT NULL DEFAULT 'other/other';
CREATE TABLE member_devices (
    member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    device     TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    PRIMARY KEY (member_id, device)
);
