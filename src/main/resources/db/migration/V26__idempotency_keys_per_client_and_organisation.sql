-- A partner API Idempotency-Key belongs to one client acting for one organisation: the same client id acting for
-- another organisation (one system serving two schools) never gets the other's concern back for a retry.
ALTER TABLE api_idempotency_key ADD COLUMN organisation VARCHAR(100) NOT NULL DEFAULT '';
UPDATE api_idempotency_key k SET organisation = c.organisation FROM concern c WHERE c.reference = k.reference;
ALTER TABLE api_idempotency_key DROP CONSTRAINT api_idempotency_key_pkey;
ALTER TABLE api_idempotency_key ADD PRIMARY KEY (client_id, organisation, idempotency_key);
ALTER TABLE api_idempotency_key ALTER COLUMN organisation DROP DEFAULT;
