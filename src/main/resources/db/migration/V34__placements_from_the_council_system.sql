-- Placements from the council's own placement system (placement.v1): the sequence of the last event applied to each,
-- so an event that arrives late (a "started" after its "ended") changes nothing, and the system that sent it.
ALTER TABLE placement ADD COLUMN last_sequence BIGINT NOT NULL DEFAULT 0;
ALTER TABLE placement ADD COLUMN changed_by VARCHAR(200);

-- How each foster carer chose to be told there is news on their placements: email (to the address their sign-in gave
-- when they chose), a text message (a UK mobile number, as notification.v1 takes it) or not at all. A notification
-- carries only the placement's reference and a link to sign in.
CREATE TABLE carer_news_choice (
    carer_subject VARCHAR(200) PRIMARY KEY,
    how           VARCHAR(8)   NOT NULL CHECK (how IN ('email', 'text', 'none')),
    email         VARCHAR(254),
    mobile        VARCHAR(11),
    chosen_at     TIMESTAMPTZ  NOT NULL,
    CHECK (how <> 'email' OR email IS NOT NULL),
    CHECK (how <> 'text' OR mobile IS NOT NULL)
);
