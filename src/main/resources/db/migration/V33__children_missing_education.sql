-- Children missing education. Partner side: a school's notice and what it has heard since. Council side: the
-- officer's case, its enquiries and its outcome. The two sides share no table: the contracts carry what each needs.
CREATE SEQUENCE missing_education_reference_seq START WITH 1;

CREATE TABLE missing_education_notice (
    id                uuid PRIMARY KEY,
    reference         varchar(20)  NOT NULL UNIQUE,
    organisation_id   varchar(64)  NOT NULL,
    raised_by_subject varchar(200) NOT NULL,
    raised_by_name    varchar(200) NOT NULL,
    pupil_name        varchar(201) NOT NULL,
    raised_at         timestamptz  NOT NULL
);
CREATE INDEX missing_education_notice_organisation ON missing_education_notice (organisation_id, raised_at DESC);

CREATE TABLE missing_education_event (
    id          bigserial PRIMARY KEY,
    notice_id   uuid         NOT NULL REFERENCES missing_education_notice (id),
    kind        varchar(20)  NOT NULL,
    detail      text,
    occurred_at timestamptz  NOT NULL,
    message_id  varchar(64)  NOT NULL UNIQUE
);

CREATE TABLE cme_case (
    id                  uuid PRIMARY KEY,
    notice_message_id   varchar(64)  NOT NULL UNIQUE,
    reference           varchar(20)  NOT NULL UNIQUE,
    school_name         varchar(200) NOT NULL,
    sent_by             varchar(200) NOT NULL,
    pupil               jsonb        NOT NULL,
    pupil_name          varchar(201) NOT NULL,
    last_attended       date         NOT NULL,
    tried               text         NOT NULL,
    known_move          text,
    safeguarding_worry  boolean      NOT NULL,
    received_at         timestamptz  NOT NULL,
    outcome             varchar(40),
    outcome_at          timestamptz,
    outcome_by          varchar(200)
);
CREATE INDEX cme_case_open ON cme_case (last_attended) WHERE outcome IS NULL;

CREATE TABLE cme_enquiry (
    id        bigserial PRIMARY KEY,
    case_id   uuid         NOT NULL REFERENCES cme_case (id),
    text      text         NOT NULL,
    made_by   varchar(200) NOT NULL,
    made_at   timestamptz  NOT NULL
);
