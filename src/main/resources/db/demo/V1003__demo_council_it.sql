-- The council's IT team, whose operator runs the integration (demo account operator).
INSERT INTO organisation (id, name, type, referral_source) VALUES
    ('council-it', 'Stoke-on-Trent City Council IT', 'COUNCIL', '5B');
