-- As migrations/sqlite/0008: members' passkeys, and the ceremonies under way.
CREATE TABLE passkeys (
    id            BIGSERIAL PRIMARY KEY,
    member_id     BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    user_handle   TEXT NOT NULL,
    credential_id TEXT NOT NULL UNIQUE,
    passkey       TEXT NOT NULL,
    name          TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    last_used     BIGINT
);
CREATE INDEX passkeys_by_member ON passkeys (member_id);

CREATE TABLE passkey_ceremonies (
    token_hash TEXT PRIMARY KEY NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('register', 'sign_in')),
    member_id  BIGINT REFERENCES members(id) ON DELETE CASCADE,
    state      TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX passkey_ceremonies_by_expiry ON passkey_ceremonies (expires_at);
