-- The outbox no longer NOTIFYs: PostgreSQL commits every transaction that notified one at a time (a database-wide
-- lock held until its commit record is flushed), so a NOTIFY per outbox row kept concurrent submits from sharing a
-- flush. The writing instance wakes its own relay after the commit, and every relay also looks at a short interval
-- (docs/decisions/0012).
DROP TRIGGER int_channel_message_notify_trg ON int_channel_message;
DROP FUNCTION int_channel_message_notify_fct();
