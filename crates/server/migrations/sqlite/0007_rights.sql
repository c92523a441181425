-- A member's rights over their data, and its retention (policy 4e).
--
-- An account the member closed keeps its row until the retention period ends: it signs in no
-- more, its sessions are gone. Then, like an account unused that long, it is anonymised: no
-- name, address, mobile or password; an irreversible pseudonym for the number and address; the
-- row stays so that acknowledgements and consent records remain as proof, naming nobody.
ALTER TABLE members ADD COLUMN closed_at INTEGER;
ALTER TABLE members ADD COLUMN anonymised_at INTEGER;

-- Every consent given or withdrawn, never updated (proof of consent): the last row of a
-- purpose is the one in force.
CREATE TABLE consents (
    -- the order of arrival: two changes in one second stay in order
    id             INTEGER PRIMARY KEY,
    member_id      INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    purpose        TEXT NOT NULL,
    given          INTEGER NOT NULL,
    at             INTEGER NOT NULL,
    policy_version TEXT NOT NULL
);
CREATE INDEX consents_by_member ON consents (member_id, id);

-- Requests about their data: a copy, a correction, a consent change, a closure.
CREATE TABLE rights_requests (
    id        INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    made_at   INTEGER NOT NULL,
    done_at   INTEGER
);
CREATE INDEX rights_requests_by_member ON rights_requests (member_id, id);

-- Addresses an account had before, masked only (b***@gmail.com): enough for the member to
-- recognise, too little to be an address again.
CREATE TABLE past_emails (
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    masked    TEXT NOT NULL,
    until     INTEGER NOT NULL
);
CREATE INDEX past_emails_by_member ON past_emails (member_id, until);

-- Closing an account is confirmed by a code: a new purpose of challenge. Challenges live
-- minutes, so the table is made anew with it (its sign-ups waiting go with it, as in 0004).
DROP TABLE sign_ups;
DROP TABLE challenges;
CREATE TABLE challenges (
    token_hash   TEXT PRIMARY KEY NOT NULL,
    purpose      TEXT NOT NULL CHECK (purpose IN ('sign_in', 'sign_up', 'reset', 'email_change', 'close')),
    member_id    INTEGER REFERENCES members(id) ON DELETE CASCADE,
    send_to      TEXT NOT NULL,
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
CREATE TABLE sign_ups (
    token_hash    TEXT PRIMARY KEY NOT NULL REFERENCES challenges(token_hash) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL,
    mobile        TEXT NOT NULL,
    password_hash TEXT NOT NULL
);
CREATE INDEX sign_ups_by_email ON sign_ups (lower(email));
