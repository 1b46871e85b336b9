-- The partner API's Idempotency-Key: a retried POST returns the first concern instead of making a second.
-- Written in the same transaction as the concern, so a key never names a concern that was rolled back.
CREATE TABLE api_idempotency_key (
    client_id    VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    reference    VARCHAR(32),
    created_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);
