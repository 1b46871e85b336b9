-- Each retention sweep that ran: when, on which instance, and how many of each it deleted. With several instances a
-- sweep that finds one here from the last half hour does nothing, so the hourly sweep runs once, not once each.
CREATE TABLE retention_sweep (
    id         BIGSERIAL   PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL,
    instance   TEXT        NOT NULL,
    deleted    TEXT        NOT NULL
);
CREATE INDEX retention_sweep_started_at ON retention_sweep (started_at);
