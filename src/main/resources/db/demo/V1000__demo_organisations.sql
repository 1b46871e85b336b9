-- Demo organisations for the embedded default (db/demo is only on Flyway's path when demo data is on).
INSERT INTO organisation (id, name, type, referral_source) VALUES
    ('school-springfield', 'Springfield Primary School', 'SCHOOL', '2A'),
    ('school-hanley', 'Hanley Park Academy', 'SCHOOL', '2A'),
    ('gp-burslem', 'Burslem Health Centre', 'GP_PRACTICE', '3A'),
    ('employer-potteries', 'Potteries Logistics Ltd', 'EMPLOYER', '8'),
    ('fostering-stoke', 'Stoke-on-Trent Fostering Service', 'FOSTERING_SERVICE', '5A'),
    ('chad', 'Children''s Advice and Duty service (ChAD)', 'DUTY_SERVICE', '5A');
