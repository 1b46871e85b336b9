-- Offers for care-experienced young people (issue 4, second increment).
--
-- Portal side: an employer's offers (apprenticeships, jobs, traineeships, work experience, mentoring), each a
-- draft until sent, and the council's answers as they arrive. Nothing here is about any young person.
CREATE TABLE employer_offer (
    id                   UUID          PRIMARY KEY,
    organisation         VARCHAR(64)   NOT NULL REFERENCES organisation (id),
    offer_type           VARCHAR(32)   NOT NULL,
    title                VARCHAR(120)  NOT NULL,
    description          VARCHAR(2000) NOT NULL,
    location             VARCHAR(120),
    remote               BOOLEAN       NOT NULL,
    hours                VARCHAR(100)  NOT NULL,
    age_from             INTEGER       NOT NULL CHECK (age_from BETWEEN 16 AND 25),
    age_to               INTEGER       NOT NULL CHECK (age_to BETWEEN 16 AND 25 AND age_to >= age_from),
    closing_date         DATE          NOT NULL,
    guaranteed_interview BOOLEAN       NOT NULL,
    places               INTEGER       NOT NULL CHECK (places BETWEEN 1 AND 50),
    version              INTEGER       NOT NULL DEFAULT 0,
    status               VARCHAR(16)   NOT NULL,
    council_comment      VARCHAR(1000),
    interest_note        VARCHAR(300),
    submitted_at         TIMESTAMPTZ,
    received_at          TIMESTAMPTZ,
    decided_at           TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ   NOT NULL
);
CREATE INDEX employer_offer_organisation_idx ON employer_offer (organisation, updated_at);

-- Council side: each offer as it last arrived (offer.v1), for the leaving care team to review and, once
-- published, for personal advisers to search. Offers past their closing date drop out of the search by date.
CREATE TABLE council_offer (
    id                   UUID          PRIMARY KEY,
    organisation         VARCHAR(64)   NOT NULL,
    employer_name        VARCHAR(200)  NOT NULL,
    version              INTEGER       NOT NULL,
    offer_type           VARCHAR(32)   NOT NULL,
    title                VARCHAR(120)  NOT NULL,
    description          VARCHAR(2000) NOT NULL,
    location             VARCHAR(120),
    remote               BOOLEAN       NOT NULL,
    hours                VARCHAR(100)  NOT NULL,
    age_from             INTEGER       NOT NULL,
    age_to               INTEGER       NOT NULL,
    closing_date         DATE          NOT NULL,
    guaranteed_interview BOOLEAN       NOT NULL,
    places               INTEGER       NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    comment              VARCHAR(1000),
    received_at          TIMESTAMPTZ   NOT NULL,
    decided_by           VARCHAR(200),
    decided_at           TIMESTAMPTZ
);
CREATE INDEX council_offer_status_idx ON council_offer (status, closing_date);
