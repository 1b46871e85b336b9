package uk.frontdoor.demo;

import java.util.Random;
import uk.frontdoor.council.duty.ContactOutcome;

/**
 * The made-up words of the demo month: people, places and what partners and duty workers write. Surnames and
 * places are invented so no one could take a child here for a real one; no text names anyone.
 */
final class DemoWords {

    private DemoWords() {
    }

    static final String[] FIRST_NAMES = {"Ava", "Noah", "Mia", "Leo", "Isla", "Oscar", "Ruby", "Alfie", "Freya", "Theo",
        "Poppy", "Arlo", "Ivy", "Finley", "Rosie", "Jude", "Maisie", "Reggie", "Esme", "Kai", "Lily", "Rory", "Willow",
        "Zain", "Nia", "Tyler", "Amara", "Eli", "Hana", "Lucas"};
    static final String[] LAST_NAMES = {"Demoworth", "Sampleton", "Fictley", "Madeup", "Notreal", "Examplewood",
        "Pretendly", "Inventon", "Storybrook", "Placeholt", "Mockford", "Testridge", "Dummerton", "Makebelieve",
        "Imaginsby", "Fablewick", "Trialmore", "Specimen", "Nominal", "Hypothet"};
    static final String[] STREETS = {"Example Street", "Sample Road", "Invented Avenue", "Fiction Lane", "Pretend Close",
        "Madeup Terrace", "Storybook Way", "Notional Grove"};
    static final String[] SCHOOLS = {"Trentside Nursery School", "Kiln Lane Primary School", "Canal View Academy",
        "Trentside High School", "Not at school yet"};

    /** People who fill in the form: {name, role}; subjects are demo-month-staff-N, at the source's organisation. */
    static final String[][] STAFF = {{"Pat Pastoral", "SAFEGUARDING_LEAD"}, {"Kim Classroom", "TEACHER"},
        {"Robin Register", "TEACHER"}, {"Jo Playground", "TEACHER"}};
    /** The GP practice's doctors, by the same index. */
    static final String[] DOCTORS = {"Dr Nia Nurture", "Dr Omar Outpatient", "Dr Liz Locum", "Dr Sam Surgery"};
    /** The duty team: the demo account first, then made-up colleagues. {subject, name} */
    static final String[][] DUTY_WORKERS = {{"duty", "Dee Duty"}, {"demo-month-duty-1", "Dan Desk"},
        {"demo-month-duty-2", "Ruth Rota"}, {"demo-month-duty-3", "Sunil Shift"}};
    /** Managers who sign off: the demo account and a made-up colleague. */
    static final String[][] MANAGERS = {{"manager", "Max Manager"}, {"demo-month-manager-1", "Mona Oversight"}};

    /** {factor codes, what the partner saw or heard} by where the contact comes from. */
    private static final String[][] SCHOOL_WORRIES = {
        {"16A", "Came to school hungry three days running and without a coat; said there is no food at home at weekends."},
        {"17A", "Has become withdrawn in class and told a teaching assistant that a parent shouts at them every night."},
        {"15A", "A friend reported cuts on the forearm; the pupil showed the school nurse and said it helps when stressed."},
        {"4A", "Tearful most mornings, not sleeping, and said they sometimes wish they were not here."},
        {"3A,3B", "Told the class teacher that there was shouting and a door was broken at home last night."},
        {"16A,7A", "Often late and tired; says they look after a younger brother and a parent who is unwell."},
        {"18C", "Bruising on the upper arm noticed in PE; the explanation given changed twice."}};
    private static final String[][] POLICE_WORRIES = {
        {"3A,3B", "Officers attended a domestic incident at the home overnight; the child was present and upset."},
        {"10A", "Reported missing from home for eleven hours; found in a park in the early hours with older teenagers."},
        {"24A,13A", "Stopped with cash and two phones in a known drug-supply area; possible criminal exploitation."},
        {"2B", "Drug paraphernalia found within reach of a toddler during a warrant at the address."},
        {"11A", "Seen getting into cars with adult men after school; the child denied anything was wrong."},
        {"3C", "Neighbour called the police about loud arguments and a child crying; no arrests."}};
    private static final String[][] HEALTH_WORRIES = {
        {"4B", "Parent disclosed at a routine visit that their low mood means they struggle to get out of bed."},
        {"16A", "Missed immunisations and two health appointments; the baby's weight has dropped across two centiles."},
        {"18C", "Attended the emergency department with a wrist fracture; the account of the fall does not fit the injury."},
        {"2B,16A", "Parent arrived intoxicated to collect the child from the ward."},
        {"15A", "Seen in the emergency department after taking an overdose of paracetamol; now medically fit."}};
    private static final String[][] OTHER_WORRIES = {
        {"16A", "Family facing eviction next month; the flat is cold and damp and the children share one mattress."},
        {"7A", "Early help worker notes the child is the main carer for a parent with multiple sclerosis."},
        {"16A,17A", "Persistent absence (58% this term); home visits unanswered and the child was seen out in school hours."},
        {"24A", "Youth justice worker worried the young person is being pressured to carry items for others."},
        {"3B", "A family newly moved from another area; the previous council had open concerns about domestic abuse."},
        {"4B,1B", "Housing officer found the parent drunk at midday with the children at home and the flat in disarray."}};

    static String[] worry(DemoMonthPlan.Group group, Random random) {
        String[][] worries = switch (group) {
            case SCHOOL -> SCHOOL_WORRIES;
            case POLICE -> POLICE_WORRIES;
            case HEALTH -> HEALTH_WORRIES;
            case OTHER -> OTHER_WORRIES;
        };
        return worries[random.nextInt(worries.length)];
    }

    private static final String[][] ACTIONS = {
        {"Spoke with the child and logged it on the school's safeguarding system.", "Told the designated safeguarding lead and kept the child in a safe space."},
        {"Recorded on the police log; a welfare check was made at the address.", "The officers stayed until the other adult left."},
        {"Discussed with the named nurse for safeguarding.", "Arranged a follow-up appointment and a home visit."},
        {"Discussed with my manager and recorded on our case system.", "Offered a referral to our support service."}};

    static String action(DemoMonthPlan.Group group, Random random) {
        return ACTIONS[group.ordinal()][random.nextInt(2)];
    }

    static String rationale(ContactOutcome outcome, Random random) {
        String why = switch (outcome) {
            case NFA -> "The information does not indicate that the child is at risk of significant harm or has needs "
                    + "that call for a social care response. Universal services are in place and the family agree.";
            case ADVICE -> "The referrer was given advice on support through the school and the family's GP. No statutory "
                    + "threshold met; the family know how to contact ChAD again if things change.";
            case EARLY_HELP -> "Needs are additional rather than complex. The family agree to early help; a lead "
                    + "practitioner will be allocated and a team around the family meeting held within 10 days.";
            case CIN_ASSESSMENT -> "Cumulative concerns indicate the child may be in need under section 17. A single "
                    + "assessment is needed to understand the home situation and the parents' capacity to meet needs.";
            case STRATEGY_S47 -> "There is reasonable cause to suspect the child is suffering significant harm. Strategy "
                    + "discussion with police and health today; section 47 enquiries likely.";
            case ALREADY_OPEN -> "The child has an allocated social worker. The information has been passed to them and "
                    + "recorded on the child's file for their assessment.";
        };
        return why + (random.nextBoolean() ? " Checks with health and education completed." : " Checks completed.");
    }

    static final String[] SIGN_OFF_COMMENTS = {"", "Agree: proportionate.", "Agree; thank you for the clear checks."};
    static final String[] RETURN_COMMENTS = {
        "Please check with the school nurse before closing: two earlier contacts this term.",
        "Police information is missing from the checks. Please add it and reconsider early help.",
        "The history suggests a pattern; consider early help rather than closing."};
    static final String[] REFERRER_MESSAGES = {
        "A parent came in at pick-up today and said things are calmer at home. Thought you should know.",
        "The child was absent again today. Is there anything else you need from us?",
        "Just to add: a sibling at our school has also seemed unsettled this week."};
    static final String[] DUTY_REPLIES = {
        "Thank you, that is helpful. We will take it into account in today's decision.",
        "Thank you. Could you let us know if the child does not attend tomorrow?",
        "Thanks for the update; we are completing checks and will be in touch."};
    static final String[] QUESTIONS = {
        "A pupil has told a friend they are scared of an older cousin. Should this be a referral or can we manage it in school?",
        "A parent has asked us not to share information with the other parent. What can we share?",
        "We have concerns about a pupil's weight loss but no disclosure. What threshold applies?",
        "A family has refused early help. What should we do next?",
        "A patient's teenager is caring for them most evenings. Who can support the young carer?"};
    static final String[] ADVICE_GIVEN = {
        "Discussed the threshold guidance. This can be managed in school with an early help assessment; call back if it escalates.",
        "Advised on information sharing: share what is necessary and proportionate to keep the child safe; record your reasons.",
        "Suggested a referral to the young carers' service and the school's pastoral support."};

    /** {organisation, name, contact email, paid leave days} of the made-up Fostering Friendly employers. */
    static final String[][] EMPLOYERS = {
        {"demo-employer-pottery", "Kilnworks Pottery Ltd", "hello@kilnworks.example", "5"},
        {"demo-employer-garage", "Trentside Motors Garage", "office@trentside-motors.example", "3"},
        {"demo-employer-cafe", "Canal Side Cafe Co-operative", "team@canalside-cafe.example", "2"}};
    /** {employer index, type, title, description}. */
    static final String[][] OFFERS = {
        {"0", "APPRENTICESHIP", "Apprentice potter", "Eighteen months learning throwing, glazing and firing, with a mentor."},
        {"1", "WORK_EXPERIENCE", "Two weeks in the workshop", "Shadow our mechanics and learn basic servicing."},
        {"2", "JOB", "Weekend kitchen assistant", "Paid weekend shifts in a friendly cafe kitchen, training given."},
        {"0", "MENTORING", "Monthly mentoring with our makers", "An hour a month with one of our makers, about work and life."}};
    /** {placement, kind, title, text}: from the council's systems, for the demo carer. */
    static final String[][] PLACEMENT_UPDATES = {
        {"PL-1001", "review-booked", "Looked-after review booked", "The next review is booked at the child's school; you are invited."},
        {"PL-1001", "visit-planned", "Social worker's visit", "Priya will visit after school next Tuesday."},
        {"PL-1001", "message", "Message from the social worker", "Thank you for the update about the school trip; consent is fine."},
        {"PL-1002", "contact-changed", "Family time moved", "Family time moves to Saturday mornings at the family centre."},
        {"PL-1002", "plan-changed", "Care plan updated", "The plan now includes speech and language sessions at nursery."}};
    /**
     * {placement, event, child's first name, date of birth, type, child's social worker, their phone, delegated
     * authority}: the council's placement system starting, changing and ending the demo carer's placements
     * (placement.v1), in the order they happen.
     */
    static final String[][] PLACEMENT_EVENTS = {
        {"PL-1004", "started", "Noah", "2017-08-14", "short-term", "Ade Okoro", "01782 231001",
            "You may consent to school trips and routine GP and dental care."},
        {"PL-1004", "changed", "Noah", "2017-08-14", "short-term", "Priya Shah", "01782 231000",
            "You may consent to school trips, haircuts and routine GP and dental care."},
        {"PL-1005", "started", "Ellie", "2012-02-03", "respite", "Priya Shah", "01782 231000",
            "Respite for a few days: ask the social worker before anything but day-to-day care."},
        {"PL-1005", "ended", "Ellie", "2012-02-03", "respite", "Priya Shah", "01782 231000",
            "Respite for a few days: ask the social worker before anything but day-to-day care."}};
    /** {placement, report kind, text}: the demo carer's reports. */
    static final String[][] CARER_REPORTS = {
        {"PL-1001", "update", "Settled well after half term and joined the school choir."},
        {"PL-1002", "illness-or-injury", "Had a temperature overnight; seen by the GP this morning, nothing serious."}};
}
