-- Accounts made on the site (sign-up), password resets and changes of address.
--
-- A challenge now has a purpose, and may carry no member: a reset asked for an address that
-- is no member's, or a sign-up or change to an address already taken, gets a decoy challenge
-- that answers exactly like a real one but whose code is never sent, so the answers reveal
-- nothing about who is a member. Challenges live minutes; the old table is dropped whole.
DROP TABLE challenges;
CREATE TABLE challenges (
    token_hash   TEXT PRIMARY KEY NOT NULL,
    purpose      TEXT NOT NULL CHECK (purpose IN ('sign_in', 'sign_up', 'reset', 'email_change')),
    member_id    INTEGER REFERENCES members(id) ON DELETE CASCADE,
    -- where the codes go: the member's address, or the new one for a change of address
    send_to      TEXT NOT NULL,
    -- 0 for a decoy: no code is ever sent
    deliver      INTEGER NOT NULL,
    code_hash    TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    resend_at    INTEGER NOT NULL,
    resends_left INTEGER NOT NULL,
    tries_left   INTEGER NOT NULL,
    ended        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX challenges_by_address ON challenges (lower(send_to), created_at);
CREATE INDEX challenges_by_expiry ON challenges (expires_at);

-- A member made by sign-up is inactive until the code sent to their address comes back.
ALTER TABLE members ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE members ADD COLUMN created_at INTEGER;

CREATE INDEX sessions_by_member ON sessions (member_id);
CREATE INDEX sessions_by_last_seen ON sessions (last_seen);
CREATE INDEX auth_failures_by_at ON auth_failures (at);
