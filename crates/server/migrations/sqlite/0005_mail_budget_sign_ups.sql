-- Every message that goes to an address no password stands behind (a sign-up's code, a reset's,
-- a change of address's, their resends, and the "already registered" notice) draws on one
-- budget per address. It is kept apart from the challenges: ending or replacing a challenge
-- gives nothing back, so nobody can flood a mailbox through us.
CREATE TABLE address_mail (
    -- SHA-256 of the address in lower case: the budget needs no address in the clear
    address_key TEXT NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX address_mail_by_key ON address_mail (address_key, at);

-- A sign-up waits here beside its challenge until its code comes back; only then is it a
-- member. Several may wait for one address, and a later one cancels none: the first whose
-- code is answered becomes the member, the others end with their challenges.
CREATE TABLE sign_ups (
    token_hash    TEXT PRIMARY KEY NOT NULL REFERENCES challenges(token_hash) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL,
    mobile        TEXT NOT NULL,
    password_hash TEXT NOT NULL
);
CREATE INDEX sign_ups_by_email ON sign_ups (lower(email));
