-- "Ask ChAD for advice": a consultation, not a referral. It is a contact of its own kind on both sides, so
-- it has a reference, a timeline, acknowledgements and messages like a concern, and is counted apart.
ALTER TABLE concern ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'concern';
ALTER TABLE concern ALTER COLUMN level_of_need DROP NOT NULL;
ALTER TABLE concern ALTER COLUMN draft_id DROP NOT NULL;
ALTER TABLE duty_contact ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'concern';
CREATE INDEX duty_contact_kind_idx ON duty_contact (kind, received_at DESC);
