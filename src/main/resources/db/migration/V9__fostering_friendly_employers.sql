-- Fostering Friendly employers (issue 4, first increment).
--
-- Portal side: an employer organisation's registration (one per organisation, its latest details and the
-- council's answer) and every version of its Fostering Friendly pledge (an edit adds a version; none is lost).
CREATE TABLE employer_registration (
    organisation    VARCHAR(64)  PRIMARY KEY REFERENCES organisation (id),
    name            VARCHAR(200) NOT NULL,
    address         VARCHAR(500) NOT NULL,
    staff_size      VARCHAR(8)   NOT NULL,
    contact_name    VARCHAR(200) NOT NULL,
    contact_email   VARCHAR(254) NOT NULL,
    contact_phone   VARCHAR(20)  NOT NULL,
    version         INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    return_reason   VARCHAR(1000),
    received_at     TIMESTAMPTZ,
    decided_at      TIMESTAMPTZ,
    submitted_at    TIMESTAMPTZ  NOT NULL
);

CREATE TABLE fostering_friendly_pledge (
    organisation        VARCHAR(64)  NOT NULL REFERENCES employer_registration (organisation),
    version             INTEGER      NOT NULL,
    paid_leave_days     INTEGER      NOT NULL CHECK (paid_leave_days BETWEEN 0 AND 30),
    flexible_working    BOOLEAN      NOT NULL,
    time_for_training   BOOLEAN      NOT NULL,
    how_staff_are_told  VARCHAR(1000) NOT NULL,
    adopted_on          DATE         NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL,
    recorded_by         VARCHAR(200) NOT NULL,
    PRIMARY KEY (organisation, version)
);

-- Council side: each registration as it arrived (employer-registration.v1), for the leaving care team to check.
-- A newer submission from the same employer supersedes one still waiting.
CREATE TABLE council_employer_registration (
    id              UUID         PRIMARY KEY,
    message_id      VARCHAR(64)  NOT NULL UNIQUE,
    organisation    VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    version         INTEGER      NOT NULL,
    submission      JSONB        NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    reason          VARCHAR(1000),
    decided_by      VARCHAR(200),
    decided_at      TIMESTAMPTZ,
    UNIQUE (organisation, version)
);
CREATE INDEX council_employer_registration_status_idx ON council_employer_registration (status, received_at);
