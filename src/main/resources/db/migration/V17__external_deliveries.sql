-- Each message handed to a council's own system (case management over HTTPS, or a duty mailbox by secure
-- email), once: an adapter looks here before it sends and writes here after, with the system's own reference.
CREATE TABLE external_delivery (
    message_id         VARCHAR(64)  PRIMARY KEY,
    system             VARCHAR(32)  NOT NULL,
    reference          VARCHAR(20)  NOT NULL,
    external_reference VARCHAR(100),
    delivered_at       TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX external_delivery_reference_idx ON external_delivery (reference);
