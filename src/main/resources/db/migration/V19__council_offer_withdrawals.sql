-- Council side: the offers their employers have withdrawn. A withdrawal is final and can reach the council before
-- the offer it withdraws (two consumers, a retry, a replay from the dead-letter queue); kept here, it makes an
-- offer that arrives later arrive withdrawn, never waiting for review.
CREATE TABLE council_offer_withdrawal (
    offer_id     UUID        PRIMARY KEY,
    organisation VARCHAR(64) NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL
);
