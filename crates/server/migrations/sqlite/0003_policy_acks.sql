-- Members' acknowledgements of privacy policy versions, with when (proof of notice, UU PDP Art 24).
CREATE TABLE policy_acks (
    member_id       INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    version         TEXT NOT NULL,
    acknowledged_at INTEGER NOT NULL,
    PRIMARY KEY (member_id, version)
);
