-- A concern being written. One row per person and draft; answers are kept as the person typed them
-- (including impossible dates) so nothing is lost and the error can be shown again on resume.
CREATE TABLE concern_draft (
    id            UUID PRIMARY KEY,
    owner_subject VARCHAR(200) NOT NULL,
    organisation  VARCHAR(64)  NOT NULL REFERENCES organisation (id),
    step          VARCHAR(32)  NOT NULL,
    answers       JSONB        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX concern_draft_owner_idx ON concern_draft (owner_subject, updated_at DESC);

CREATE SEQUENCE concern_reference_seq START WITH 1;

-- A submitted concern, as the referrer sees it. draft_id is unique so a double tap on submit
-- (or a retried request) makes one concern.
CREATE TABLE concern (
    id               UUID PRIMARY KEY,
    reference        VARCHAR(20)  NOT NULL UNIQUE,
    draft_id         UUID         NOT NULL UNIQUE,
    referrer_subject VARCHAR(200) NOT NULL,
    referrer_name    VARCHAR(200) NOT NULL,
    organisation     VARCHAR(64)  NOT NULL REFERENCES organisation (id),
    child_name       VARCHAR(200) NOT NULL,
    level_of_need    SMALLINT     NOT NULL,
    answers          JSONB        NOT NULL,
    submitted_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX concern_referrer_idx ON concern (referrer_subject, submitted_at DESC);
CREATE INDEX concern_organisation_idx ON concern (organisation, submitted_at DESC);

-- What happened to a concern, as acknowledgements came back. message_id makes each one land once.
CREATE TABLE concern_event (
    id          BIGSERIAL PRIMARY KEY,
    concern_id  UUID         NOT NULL REFERENCES concern (id),
    status      VARCHAR(32)  NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    message_id  VARCHAR(64)  NOT NULL UNIQUE,
    -- when it reached the timeline here (occurred_at is when it happened at ChAD)
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX concern_event_concern_idx ON concern_event (concern_id, occurred_at);

-- The duty service's own copy of each contact it received. This side reads nothing of the
-- partner side's tables: it could be a separate instance or the council's own system.
CREATE TABLE duty_contact (
    id                 UUID PRIMARY KEY,
    contact_message_id VARCHAR(64)  NOT NULL UNIQUE,
    reference          VARCHAR(20)  NOT NULL UNIQUE,
    received_at        TIMESTAMPTZ  NOT NULL,
    urgent             BOOLEAN      NOT NULL,
    child_name         VARCHAR(200) NOT NULL,
    organisation_name  VARCHAR(200) NOT NULL,
    referral_source    VARCHAR(4)   NOT NULL,
    first_opened_at    TIMESTAMPTZ,
    first_opened_by    VARCHAR(200),
    contact            JSONB        NOT NULL
);
CREATE INDEX duty_contact_received_idx ON duty_contact (received_at DESC);
