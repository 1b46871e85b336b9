-- Where to tell the referrer that there is news about their concern, if they asked. The message itself
-- carries only the reference and a link; the address is the one their sign-in gave.
ALTER TABLE concern ADD COLUMN notify_email VARCHAR(254);
