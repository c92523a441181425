-- JLC members, their one-time code challenges, sessions and failed attempts.
-- Secrets are stored only as hashes: passwords as Argon2id PHC strings, challenge and session
-- tokens and codes as SHA-256.
CREATE TABLE members (
    id            INTEGER PRIMARY KEY,
    jlc_number    TEXT NOT NULL UNIQUE,
    -- local part as typed, domain in lower-case ASCII form
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    mobile        TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    points        INTEGER NOT NULL DEFAULT 0,
    tier          TEXT NOT NULL,
    member_since  TEXT NOT NULL,
    last_sign_in  INTEGER
);

CREATE TABLE member_shipments (
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    awb       TEXT NOT NULL,
    PRIMARY KEY (member_id, awb)
);

CREATE TABLE challenges (
    token_hash   TEXT PRIMARY KEY NOT NULL,
    member_id    INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    code_hash    TEXT NOT NULL,
    expires_at   INTEGER NOT NULL,
    resend_at    INTEGER NOT NULL,
    resends_left INTEGER NOT NULL,
    tries_left   INTEGER NOT NULL,
    ended        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL
);

-- Failed passwords and codes, by account key (a member, or an unknown identifier's hash,
-- so unknown and known accounts throttle alike).
CREATE TABLE auth_failures (
    account_key TEXT NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX auth_failures_by_key ON auth_failures (account_key, at);
