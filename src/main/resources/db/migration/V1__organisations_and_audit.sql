-- Partner organisations. Roles and organisation come from the sign-in token; this table names the
-- organisation and gives its type, from which the CIN ReferralSource code of a contact is derived.
CREATE TABLE organisation (
    id              VARCHAR(64) PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    type            VARCHAR(32)  NOT NULL,
    referral_source VARCHAR(4)   NOT NULL
);

-- Append-only record of who saw or did what. The application can only insert: the trigger refuses
-- UPDATE and DELETE so nobody can edit history from inside the application.
CREATE TABLE audit_event (
    id           BIGSERIAL PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor        VARCHAR(200) NOT NULL,
    organisation VARCHAR(64),
    action       VARCHAR(64)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    from_address VARCHAR(64)
);
CREATE INDEX audit_event_subject_idx ON audit_event (subject);

CREATE FUNCTION audit_event_is_append_only() RETURNS TRIGGER AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
