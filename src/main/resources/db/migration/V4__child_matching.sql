-- Finding earlier contacts about the same child. The child's identifiers, copied out of the contact as
-- the matcher compares them (postcode in capitals without spaces, NHS number digits only, pupil number in
-- capitals), so candidates are narrowed by index before names are compared in Java. ContactIntake fills
-- them on insert; the UPDATE below fills them for contacts received before this migration.
ALTER TABLE duty_contact
    ADD COLUMN child_date_of_birth DATE,
    ADD COLUMN child_postcode      VARCHAR(8),
    ADD COLUMN child_nhs_number    VARCHAR(10),
    ADD COLUMN child_pupil_number  VARCHAR(13);

UPDATE duty_contact SET
    child_date_of_birth = (contact -> 'child' ->> 'dateOfBirth')::date,
    child_postcode      = NULLIF(upper(regexp_replace(contact -> 'child' ->> 'postcode', '\s', '', 'g')), ''),
    child_nhs_number    = NULLIF(regexp_replace(contact -> 'child' ->> 'nhsNumber', '[^0-9]', '', 'g'), ''),
    child_pupil_number  = NULLIF(upper(regexp_replace(contact -> 'child' ->> 'pupilNumber', '\s', '', 'g')), '');

-- Each with received_at: only the 12 months before the contact being opened are read.
CREATE INDEX duty_contact_child_nhs_number_idx   ON duty_contact (child_nhs_number, received_at);
CREATE INDEX duty_contact_child_pupil_number_idx ON duty_contact (child_pupil_number, received_at);
CREATE INDEX duty_contact_child_dob_idx          ON duty_contact (child_date_of_birth, received_at);
CREATE INDEX duty_contact_child_postcode_idx     ON duty_contact (child_postcode, received_at);

-- A duty worker's decision about a pair of contacts: the same child (CONFIRMED) or not (REJECTED).
-- Symmetric: each pair is stored once, the smaller id first. The latest decision stands; every decision
-- is also in audit_event.
CREATE TABLE duty_contact_match_decision (
    first_contact_id  UUID         NOT NULL REFERENCES duty_contact (id),
    second_contact_id UUID         NOT NULL REFERENCES duty_contact (id),
    decision          VARCHAR(16)  NOT NULL CHECK (decision IN ('CONFIRMED', 'REJECTED')),
    decided_by        VARCHAR(200) NOT NULL,
    decided_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (first_contact_id, second_contact_id),
    CHECK (first_contact_id < second_contact_id)
);
CREATE INDEX duty_contact_match_decision_second_idx ON duty_contact_match_decision (second_contact_id);
