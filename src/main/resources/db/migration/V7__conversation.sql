-- Messages between the referrer and the duty service about one contact. Each side keeps its own copy;
-- message_id makes a redelivered message land once.
CREATE TABLE concern_message (
    id            UUID PRIMARY KEY,
    message_id    VARCHAR(64)  NOT NULL UNIQUE,
    concern_id    UUID         NOT NULL REFERENCES concern (id),
    from_referrer BOOLEAN      NOT NULL,
    author        VARCHAR(200) NOT NULL,
    text          TEXT         NOT NULL,
    sent_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX concern_message_concern_idx ON concern_message (concern_id, sent_at);

CREATE TABLE duty_message (
    id            UUID PRIMARY KEY,
    message_id    VARCHAR(64)  NOT NULL UNIQUE,
    contact_id    UUID         NOT NULL REFERENCES duty_contact (id),
    from_referrer BOOLEAN      NOT NULL,
    author        VARCHAR(200) NOT NULL,
    text          TEXT         NOT NULL,
    sent_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX duty_message_contact_idx ON duty_message (contact_id, sent_at);
