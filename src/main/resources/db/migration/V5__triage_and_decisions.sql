-- The one-working-day clock, triage and who holds each contact.
ALTER TABLE duty_contact
    ADD COLUMN decision_due_at TIMESTAMPTZ,
    ADD COLUMN priority        VARCHAR(8),
    ADD COLUMN priority_reason VARCHAR(500),
    ADD COLUMN assigned_to     VARCHAR(200),
    ADD COLUMN assigned_name   VARCHAR(200),
    ADD COLUMN outcome         VARCHAR(32),
    ADD COLUMN decided_at      TIMESTAMPTZ;
UPDATE duty_contact SET decision_due_at = received_at + INTERVAL '1 day' WHERE decision_due_at IS NULL;
ALTER TABLE duty_contact ALTER COLUMN decision_due_at SET NOT NULL;
CREATE INDEX duty_contact_open_idx ON duty_contact (decision_due_at) WHERE decided_at IS NULL;

-- Duty workers the portal has seen, so a contact can be assigned to a colleague by name.
CREATE TABLE duty_worker (
    subject   VARCHAR(200) PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    last_seen TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- A duty decision. No further action and advice-only outcomes wait for a duty manager's sign-off.
CREATE TABLE duty_decision (
    id              UUID PRIMARY KEY,
    contact_id      UUID         NOT NULL REFERENCES duty_contact (id),
    outcome         VARCHAR(32)  NOT NULL,
    factors         VARCHAR(8)[] NOT NULL,
    level_of_need   SMALLINT     NOT NULL,
    rationale       TEXT         NOT NULL CHECK (length(btrim(rationale)) > 0),
    decided_by      VARCHAR(200) NOT NULL,
    decided_by_name VARCHAR(200) NOT NULL,
    decided_at      TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(24)  NOT NULL,
    reviewed_by     VARCHAR(200),
    reviewed_at     TIMESTAMPTZ,
    review_comment  TEXT,
    CHECK (reviewed_by IS NULL OR reviewed_by <> decided_by)
);
CREATE INDEX duty_decision_contact_idx ON duty_decision (contact_id, decided_at DESC);
CREATE INDEX duty_decision_awaiting_idx ON duty_decision (status) WHERE status = 'AWAITING_SIGN_OFF';

-- Everything that happened to a contact on the duty side, for the record: who, when, what changed.
CREATE TABLE duty_contact_event (
    id          BIGSERIAL PRIMARY KEY,
    contact_id  UUID         NOT NULL REFERENCES duty_contact (id),
    occurred_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor       VARCHAR(200) NOT NULL,
    actor_name  VARCHAR(200) NOT NULL,
    what        VARCHAR(500) NOT NULL
);
CREATE INDEX duty_contact_event_contact_idx ON duty_contact_event (contact_id, occurred_at);

-- A decision on the referrer's timeline carries what it means for them in plain English.
ALTER TABLE concern_event ADD COLUMN detail TEXT;
