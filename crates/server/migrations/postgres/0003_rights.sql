-- A member's rights over their data, and its retention (migrations/sqlite 0007).
ALTER TABLE members ADD COLUMN closed_at BIGINT;
ALTER TABLE members ADD COLUMN anonymised_at BIGINT;

CREATE TABLE consents (
    -- the order of arrival: two changes in one second stay in order
    id             BIGSERIAL PRIMARY KEY,
    member_id      BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    purpose        TEXT NOT NULL,
    given          BIGINT NOT NULL CHECK (given IN (0, 1)),
    at             BIGINT NOT NULL,
    policy_version TEXT NOT NULL
);
CREATE INDEX consents_by_member ON consents (member_id, id);

CREATE TABLE rights_requests (
    id        BIGSERIAL PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    made_at   BIGINT NOT NULL,
    done_at   BIGINT
);
CREATE INDEX rights_requests_by_member ON rights_requests (member_id, id);

CREATE TABLE past_emails (
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    masked    TEXT NOT NULL,
    until     BIGINT NOT NULL
);
CREATE INDEX past_emails_by_member ON past_emails (member_id, until);

ALTER TABLE challenges DROP CONSTRAINT challenges_purpose_check;
ALTER TABLE challenges ADD CONSTRAINT challenges_purpose_check
    CHECK (purpose IN ('sign_in', 'sign_up', 'reset', 'email_change', 'close'));
