-- A referrer's challenge of a decision (resolving professional differences), on the council side: received once per
-- message id, due by a number of working days, answered by a duty manager who did not make or sign off the decision.
CREATE TABLE duty_challenge (
    id                  uuid PRIMARY KEY,
    contact_id          uuid NOT NULL REFERENCES duty_contact (id),
    message_id          varchar(64) NOT NULL UNIQUE,
    reason              text NOT NULL,
    challenged_by       varchar(200) NOT NULL,
    organisation_name   varchar(200) NOT NULL,
    received_at         timestamptz NOT NULL,
    answer_by           timestamptz NOT NULL,
    answer              varchar(20),
    answer_reasons      text,
    answered_by_subject varchar(200),
    answered_by_name    varchar(200),
    answered_at         timestamptz,
    CONSTRAINT duty_challenge_answered CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX duty_challenge_open ON duty_challenge (received_at) WHERE answered_at IS NULL;
-- One open challenge per contact at a time.
CREATE UNIQUE INDEX duty_challenge_one_open ON duty_challenge (contact_id) WHERE answered_at IS NULL;
