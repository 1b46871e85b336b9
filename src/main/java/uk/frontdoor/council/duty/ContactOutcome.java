package uk.frontdoor.council.duty;

import java.util.Arrays;
import java.util.Optional;

/**
 * What ChAD decides a contact leads to (Standard Safeguarding Dataset contact and referral outcomes), with
 * what it means for the person who raised it, in plain English.
 */
public enum ContactOutcome {
    NFA("nfa", "No further action", false, true,
            "ChAD has decided that children's social care does not need to act. If you are still worried, or things change, contact ChAD again."),
    ADVICE("advice", "Information and advice", false, true,
            "ChAD has given information and advice, or pointed the family to a service that can help. Children's social care will not be involved."),
    EARLY_HELP("early-help", "Early help", false, false,
            "The family will be offered early help. An early help worker will contact them, and may ask you to join a team around the family."),
    CIN_ASSESSMENT("cin-assessment", "Child in need assessment (section 17)", true, false,
            "This is now a referral. A social worker will assess the child's needs, usually within 45 working days, and may contact you."),
    STRATEGY_S47("strategy-s47", "Strategy discussion and child protection enquiry (section 47)", true, false,
            "This is now a referral. ChAD is holding a strategy discussion with the police and health and may start child protection enquiries. A social worker may contact you soon."),
    ALREADY_OPEN("already-open", "Already known: passed to the child's social worker", false, false,
            "The child already has a social worker, who has your information and may contact you.");

    private final String code;
    private final String title;
    private final boolean referral;
    private final boolean needsSignOff;
    private final String whatHappensNext;

    ContactOutcome(String code, String title, boolean referral, boolean needsSignOff, String whatHappensNext) {
        this.code = code;
        this.title = title;
        this.referral = referral;
        this.needsSignOff = needsSignOff;
        this.whatHappensNext = whatHappensNext;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** A contact accepted for a social care response becomes a referral; referrers are told which. */
    public boolean becomesReferral() {
        return referral;
    }

    /** Closing a contact without a service needs a second pair of eyes (inspectors found risk not weighed). */
    public boolean needsSignOff() {
        return needsSignOff;
    }

    public String whatHappensNext() {
        return whatHappensNext;
    }

    public static Optional<ContactOutcome> ofCode(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code.equals(code)).findFirst();
    }
}
