-- Demo organisations for Fostering Friendly employers: the council's leaving care team, which checks
-- registrations, and a second employer (tests use it to show employers never see each other's registration).
INSERT INTO organisation (id, name, type, referral_source) VALUES
    ('council-leaving-care', 'Stoke-on-Trent Leaving Care Team', 'LEAVING_CARE_TEAM', '5A'),
    ('employer-hanley-bakery', 'Hanley Bakery Ltd', 'EMPLOYER', '8');
