-- Passkeys (WebAuthn): each member's credentials, as webauthn-rs serialises them (the public
-- key and its counter, nothing secret), with the name the member gave and when each was added
-- and last used. `user_handle` is the random id the authenticator keeps for the member (the
-- same for all of one member's passkeys), never the member's id, number or address.
CREATE TABLE passkeys (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    user_handle   TEXT NOT NULL,
    credential_id TEXT NOT NULL UNIQUE,
    passkey       TEXT NOT NULL,
    name          TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    last_used     INTEGER
);
CREATE INDEX passkeys_by_member ON passkeys (member_id);

-- A ceremony under way (adding a passkey, or signing in with one): webauthn-rs's state, found
-- by the hash of the token the page holds, used once (deleted when finished) and short-lived.
CREATE TABLE passkey_ceremonies (
    token_hash TEXT PRIMARY KEY NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('register', 'sign_in')),
    member_id  INTEGER REFERENCES members(id) ON DELETE CASCADE,
    state      TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX passkey_ceremonies_by_expiry ON passkey_ceremonies (expires_at);
