-- The schema of migrations/sqlite 0001–0005 in PostgreSQL's words, for several instances that
-- share everything. The store's SQL is the same for both: yes/no columns are 0/1, times are
-- seconds since 1970, and the attempt and mail-budget logs keep SQLite's `rowid` as a column
-- of that name, their order of arrival.

-- Demo tracking store: answers in JNE's upstream shape, keyed by AWB.
CREATE TABLE demo_shipments (
    awb    TEXT PRIMARY KEY NOT NULL,
    answer TEXT NOT NULL
);

-- JLC members; secrets only as hashes (passwords as Argon2id PHC strings).
CREATE TABLE members (
    id            BIGSERIAL PRIMARY KEY,
    jlc_number    TEXT NOT NULL UNIQUE,
    -- local part as typed, domain in lower-case ASCII form
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    mobile        TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    points        BIGINT NOT NULL DEFAULT 0,
    tier          TEXT NOT NULL,
    member_since  TEXT NOT NULL,
    last_sign_in  BIGINT,
    -- a member made by sign-up is inactive (0) until the code sent to their address comes back
    active        BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    BIGINT
);

CREATE TABLE member_shipments (
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    awb       TEXT NOT NULL,
    PRIMARY KEY (member_id, awb)
);

-- One-time code challenges, token and code as SHA-256; a decoy (deliver 0) is never sent.
CREATE TABLE challenges (
    token_hash   TEXT PRIMARY KEY NOT NULL,
    purpose      TEXT NOT NULL CHECK (purpose IN ('sign_in', 'sign_up', 'reset', 'email_change')),
    member_id    BIGINT REFERENCES members(id) ON DELETE CASCADE,
    send_to      TEXT NOT NULL,
    deliver      BIGINT NOT NULL CHECK (deliver IN (0, 1)),
    code_hash    TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    resend_at    BIGINT NOT NULL,
    resends_left BIGINT NOT NULL,
    tries_left   BIGINT NOT NULL,
    ended        BIGINT NOT NULL DEFAULT 0 CHECK (ended IN (0, 1))
);
CREATE INDEX challenges_by_address ON challenges (lower(send_to), created_at);
CREATE INDEX challenges_by_expiry ON challenges (expires_at);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    member_id  BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen  BIGINT NOT NULL
);
CREATE INDEX sessions_by_member ON sessions (member_id);
CREATE INDEX sessions_by_last_seen ON sessions (last_seen);

-- Failed passwords and codes, by account key (a member, or an unknown identifier's hash).
CREATE TABLE auth_failures (
    rowid       BIGSERIAL PRIMARY KEY,
    account_key TEXT NOT NULL,
    at          BIGINT NOT NULL
);
CREATE INDEX auth_failures_by_key ON auth_failures (account_key, at);
CREATE INDEX auth_failures_by_at ON auth_failures (at);

-- Members' acknowledgements of privacy policy versions, with when.
CREATE TABLE policy_acks (
    member_id       BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    version         TEXT NOT NULL,
    acknowledged_at BIGINT NOT NULL,
    PRIMARY KEY (member_id, version)
);

-- One mail budget per address (SHA-256 of it in lower case) for every flow no password
-- stands behind.
CREATE TABLE address_mail (
    rowid       BIGSERIAL PRIMARY KEY,
    address_key TEXT NOT NULL,
    at          BIGINT NOT NULL
);
CREATE INDEX address_mail_by_key ON address_mail (address_key, at);

-- A sign-up waits here beside its challenge until its code comes back.
CREATE TABLE sign_ups (
    token_hash    TEXT PRIMARY KEY NOT NULL REFERENCES challenges(token_hash) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL,
    mobile        TEXT NOT NULL,
    password_hash TEXT NOT NULL
);
CREATE INDEX sign_ups_by_email ON sign_ups (lower(email));
