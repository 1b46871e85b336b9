-- A referrer may ask to hear there is news by text message instead of email (through GOV.UK Notify only). The
-- number is kept as 07 and nine digits; the text itself carries only the reference and a link.
ALTER TABLE concern ADD COLUMN notify_mobile VARCHAR(11);

-- Each email or text message telling a referrer there is news, and what GOV.UK Notify's delivery receipt said
-- became of it. Never the address or the number: those stay on the concern.
CREATE TABLE referrer_notification (
    -- notification.v1's messageId, given to Notify as its reference, so the receipt names it
    message_id   VARCHAR(64)  PRIMARY KEY,
    concern_id   UUID         NOT NULL REFERENCES concern (id),
    channel      VARCHAR(8)   NOT NULL CHECK (channel IN ('email', 'sms')),
    -- sending, then Notify's final status: delivered, permanent-failure, temporary-failure, technical-failure
    status       VARCHAR(32)  NOT NULL,
    queued_at    TIMESTAMPTZ  NOT NULL,
    -- Notify's own times from the receipt, and when the receipt reached us (once: a repeat changes nothing)
    sent_at      TIMESTAMPTZ,
    completed_at TIMESTAMPTZ,
    receipt_at   TIMESTAMPTZ
);
CREATE INDEX referrer_notification_concern_idx ON referrer_notification (concern_id);
