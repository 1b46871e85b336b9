-- One way to tell a person there is news, whoever they are (a referrer, a foster carer, an employer): their choice
-- in one table, and every email or text message sent in one table for GOV.UK Notify's delivery receipts to find.

-- How a carer or an employer chose to be told: email (to the address their sign-in gave when they chose), a text
-- message (a UK mobile number, as notification.v1 takes it) or not at all. The holder is the carer's sign-in
-- subject, or the employer's organisation (its news is the organisation's). Referrers choose on each concern.
CREATE TABLE news_choice (
    audience   VARCHAR(16)  NOT NULL CHECK (audience IN ('carer', 'employer')),
    holder     VARCHAR(200) NOT NULL,
    how        VARCHAR(8)   NOT NULL CHECK (how IN ('email', 'text', 'none')),
    email      VARCHAR(254),
    mobile     VARCHAR(11),
    chosen_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (audience, holder),
    CHECK (how <> 'email' OR email IS NOT NULL),
    CHECK (how <> 'text' OR mobile IS NOT NULL)
);
INSERT INTO news_choice (audience, holder, how, email, mobile, chosen_at)
    SELECT 'carer', carer_subject, how, email, mobile, chosen_at FROM carer_news_choice;
DROP TABLE carer_news_choice;

-- Each email or text message telling someone there is news, and what Notify's delivery receipt said became of it.
-- Only the reference it carried: never the address or the number.
CREATE TABLE news_notification (
    -- notification.v1's messageId, given to Notify as its reference, so the receipt names it
    message_id   VARCHAR(64)  PRIMARY KEY,
    audience     VARCHAR(16)  NOT NULL CHECK (audience IN ('referrer', 'carer', 'employer')),
    reference    VARCHAR(64)  NOT NULL,
    channel      VARCHAR(8)   NOT NULL CHECK (channel IN ('email', 'sms')),
    -- sending, then Notify's final status: delivered, permanent-failure, temporary-failure, technical-failure
    status       VARCHAR(32)  NOT NULL,
    queued_at    TIMESTAMPTZ  NOT NULL,
    sent_at      TIMESTAMPTZ,
    completed_at TIMESTAMPTZ,
    -- when the receipt reached us (once: a repeat changes nothing)
    receipt_at   TIMESTAMPTZ
);
CREATE INDEX news_notification_reference_idx ON news_notification (audience, reference);
INSERT INTO news_notification (message_id, audience, reference, channel, status, queued_at, sent_at, completed_at,
        receipt_at)
    SELECT n.message_id, 'referrer', c.reference, n.channel, n.status, n.queued_at, n.sent_at, n.completed_at,
        n.receipt_at
    FROM referrer_notification n JOIN concern c ON c.id = n.concern_id;
DROP TABLE referrer_notification;
