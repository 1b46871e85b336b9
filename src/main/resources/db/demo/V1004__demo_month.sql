-- The demo month (demo/DemoMonthSeeder): which of its steps have run, so a restart adds nothing and a start after a
-- crash carries on where the last one stopped. Each step's row is written in the same transaction as the step.
CREATE TABLE demo_month_step (
    step_key VARCHAR(100) PRIMARY KEY,
    result   VARCHAR(200),
    done_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The made-up partners the demo month's contacts come from besides the schools and the GP practice above: police,
-- health and others, each with the CIN census ReferralSource its contacts carry. They send through their own systems
-- (the partner API's service), so none has a person who signs in. Trentside is an invented place.
INSERT INTO organisation (id, name, type, referral_source) VALUES
    ('demo-police', 'Trentside Police Public Protection Unit', 'POLICE', '6'),
    ('demo-health-visiting', 'Trentside Health Visiting Team', 'HEALTH', '3B'),
    ('demo-emergency-department', 'Royal Trentside Hospital Emergency Department', 'HEALTH', '3E'),
    ('demo-school-nursing', 'Trentside School Nursing Service', 'HEALTH', '3C'),
    ('demo-housing', 'Trentside Homes Housing Association', 'HOUSING', '4'),
    ('demo-early-help', 'Trentside Early Help Hub', 'COUNCIL', '5D'),
    ('demo-education-welfare', 'Trentside Education Welfare Service', 'COUNCIL', '2B'),
    ('demo-other-council', 'Westshire County Council Children''s Services', 'COUNCIL', '5C'),
    ('demo-youth-offending', 'Trentside Youth Justice Service', 'LEGAL', '7'),
    ('demo-employer-pottery', 'Kilnworks Pottery Ltd', 'EMPLOYER', '8'),
    ('demo-employer-garage', 'Trentside Motors Garage', 'EMPLOYER', '8'),
    ('demo-employer-cafe', 'Canal Side Cafe Co-operative', 'EMPLOYER', '8');
