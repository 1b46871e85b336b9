-- What a foster carer tells the fostering team (an update or a significant event), and, on the council's side,
-- the fostering team's copy. Each side keeps its own; message_id makes a redelivery land once.
CREATE TABLE carer_report (
    id           UUID PRIMARY KEY,
    message_id   VARCHAR(64)  NOT NULL UNIQUE,
    placement_id UUID         NOT NULL REFERENCES placement (id),
    kind         VARCHAR(32)  NOT NULL,
    text         TEXT         NOT NULL,
    sent_at      TIMESTAMPTZ  NOT NULL,
    received_at  TIMESTAMPTZ
);
CREATE INDEX carer_report_placement_idx ON carer_report (placement_id, sent_at DESC);

CREATE TABLE fostering_team_report (
    id          UUID PRIMARY KEY,
    message_id  VARCHAR(64)  NOT NULL UNIQUE,
    placement   VARCHAR(32)  NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    report      JSONB        NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL
);
