-- Spring Integration's JDBC channel message store (PostgreSQL variant): the transactional outbox.
-- A business change and its outgoing message are inserted in one transaction; the trigger NOTIFYs
-- on commit so the relay picks the message up at once (LISTEN/NOTIFY).
CREATE SEQUENCE int_message_seq START WITH 1 INCREMENT BY 1 NO CYCLE;

CREATE TABLE int_channel_message (
    message_id       CHAR(36)     NOT NULL,
    group_key        CHAR(36)     NOT NULL,
    created_date     BIGINT       NOT NULL,
    message_priority BIGINT,
    message_sequence BIGINT       NOT NULL DEFAULT nextval('int_message_seq'),
    message_content  BYTEA,
    region           VARCHAR(100) NOT NULL,
    CONSTRAINT int_channel_message_pk PRIMARY KEY (region, group_key, created_date, message_sequence)
);
CREATE INDEX int_channel_msg_delete_idx ON int_channel_message (region, group_key, message_id);

CREATE FUNCTION int_channel_message_notify_fct() RETURNS TRIGGER AS $$
BEGIN
    PERFORM pg_notify('int_channel_message_notify', NEW.region || ' ' || NEW.group_key);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER int_channel_message_notify_trg AFTER INSERT ON int_channel_message
    FOR EACH ROW EXECUTE FUNCTION int_channel_message_notify_fct();

-- Idempotent consumers: a message id is recorded in the same transaction as its effect,
-- so a redelivered message changes nothing.
CREATE TABLE processed_message (
    consumer     VARCHAR(64)  NOT NULL,
    message_id   VARCHAR(64)  NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, message_id)
);
