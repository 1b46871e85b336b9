-- A list screen (the duty inbox, a school's concerns, a carer's placements, the sign-off queue, earlier contacts)
-- shows many children at once: one audit entry per screen load names every reference it showed, space-separated.
ALTER TABLE audit_event ADD COLUMN shown TEXT;

-- The row trigger of V1 refuses UPDATE and DELETE; TRUNCATE fires no row triggers, so it gets its own.
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
