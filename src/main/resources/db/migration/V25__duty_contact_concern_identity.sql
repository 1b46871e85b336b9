-- The partner side's own id for each contact (contact.v1 / advice-request.v1 concernId), echoed in every
-- acknowledgement, decision and message back, so that both sides match a message by identity as well as by
-- reference. Empty for contacts received before the contracts carried it.
ALTER TABLE duty_contact ADD COLUMN concern_id VARCHAR(36);
