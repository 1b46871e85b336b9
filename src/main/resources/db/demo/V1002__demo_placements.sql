-- Demo placements for the demo foster carer (username carer): two current, one ended long ago (no longer
-- visible), and one with another carer (never visible to this one).
INSERT INTO placement (id, reference, carer_subject, child_first_name, child_date_of_birth, placement_type, started_on,
                       ended_on, child_social_worker, child_social_worker_phone, supervising_social_worker,
                       supervising_social_worker_phone, delegated_authority, next_review_on, next_visit_on) VALUES
    ('7a1f1c36-2f59-4c36-9d51-000000000001', 'PL-1001', 'carer', 'Jade', DATE '2013-03-02', 'LONG_TERM', DATE '2025-09-01',
     NULL, 'Priya Shah', '01782 231000', 'Tom Walker', '01782 232000',
     'You may consent to school trips, haircuts and sleepovers with known friends. Ask the social worker about travel abroad and social media accounts.',
     CURRENT_DATE + 20, CURRENT_DATE + 9),
    ('7a1f1c36-2f59-4c36-9d51-000000000002', 'PL-1002', 'carer', 'Leo', DATE '2019-06-15', 'SHORT_TERM', CURRENT_DATE - 10,
     NULL, 'Ade Okoro', '01782 231001', 'Tom Walker', '01782 232000',
     'You may consent to routine GP and dental care and nursery trips. Haircuts: ask first.',
     CURRENT_DATE + 5, CURRENT_DATE + 2),
    ('7a1f1c36-2f59-4c36-9d51-000000000003', 'PL-0950', 'carer', 'Maya', DATE '2010-01-20', 'RESPITE', DATE '2026-01-05',
     DATE '2026-01-12', 'Priya Shah', '01782 231000', 'Tom Walker', '01782 232000', 'Respite weekend only.', NULL, NULL),
    ('7a1f1c36-2f59-4c36-9d51-000000000004', 'PL-1003', 'another-carer', 'Sam', DATE '2015-11-11', 'EMERGENCY', CURRENT_DATE - 2,
     NULL, 'Ade Okoro', '01782 231001', 'Lena Marsh', '01782 232001', 'Emergency placement: ask before anything routine.',
     CURRENT_DATE + 3, CURRENT_DATE + 1);
