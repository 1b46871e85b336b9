-- Placements from the council's own placement system (placement.v1): the sequence of the last event applied to each,
-- so an event that arrives late (a "started" after its "ended") changes nothing, and the system that sent it.
ALTER TABLE placement ADD COLUMN last_sequence BIGINT NOT NULL DEFAULT 0;
ALTER TABLE placement ADD COLUMN changed_by VARCHAR(200);
