-- The council's education service, where the children missing education officer works (demo account cme).
INSERT INTO organisation (id, name, type, referral_source) VALUES
    ('council-education', 'Stoke-on-Trent Education Service', 'EDUCATION_SERVICE', '4');
