-- "Ask ChAD for advice": the page mints an id when it is built and sends it with the request. Unique, so the same
-- submission reaching the server twice (a retried request, two clicks racing) makes one request for advice.
-- Null for concerns, whose draft id does the same.
ALTER TABLE concern ADD COLUMN submission_id UUID UNIQUE;
