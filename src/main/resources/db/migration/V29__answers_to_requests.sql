-- Whether a decided contact's outcome gave the referrer what they asked for (contact.v1 request): null where it
-- cannot be said from the outcome ("something else", nothing asked, or decided before the question was asked).
ALTER TABLE duty_contact ADD COLUMN answers_request boolean;
