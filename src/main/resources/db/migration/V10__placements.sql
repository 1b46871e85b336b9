-- Children placed with foster carers, as the council's systems describe them, and the updates they send.
-- A carer sees a placement while it lasts and for a configurable number of days after it ends.
CREATE TABLE placement (
    id                              UUID PRIMARY KEY,
    reference                       VARCHAR(32)  NOT NULL UNIQUE,
    carer_subject                   VARCHAR(200) NOT NULL,
    child_first_name                VARCHAR(100) NOT NULL,
    child_date_of_birth             DATE         NOT NULL,
    placement_type                  VARCHAR(16)  NOT NULL,
    started_on                      DATE         NOT NULL,
    ended_on                        DATE,
    child_social_worker             VARCHAR(200) NOT NULL,
    child_social_worker_phone       VARCHAR(20)  NOT NULL,
    supervising_social_worker       VARCHAR(200) NOT NULL,
    supervising_social_worker_phone VARCHAR(20)  NOT NULL,
    delegated_authority             TEXT         NOT NULL,
    next_review_on                  DATE,
    next_visit_on                   DATE
);
CREATE INDEX placement_carer_idx ON placement (carer_subject);

CREATE TABLE placement_update (
    id           UUID PRIMARY KEY,
    message_id   VARCHAR(64)  NOT NULL UNIQUE,
    placement_id UUID         NOT NULL REFERENCES placement (id),
    kind         VARCHAR(24)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    text         TEXT         NOT NULL,
    sent_by      VARCHAR(200) NOT NULL,
    sent_at      TIMESTAMPTZ  NOT NULL,
    read_at      TIMESTAMPTZ
);
CREATE INDEX placement_update_placement_idx ON placement_update (placement_id, sent_at DESC);
