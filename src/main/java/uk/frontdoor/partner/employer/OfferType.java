package uk.frontdoor.partner.employer;

/** The kinds of offer an employer makes to care-experienced young people. */
public enum OfferType {
    APPRENTICESHIP("Apprenticeship"),
    JOB("Job"),
    TRAINEESHIP("Traineeship"),
    WORK_EXPERIENCE("Work experience"),
    MENTORING("Mentoring");

    private final String label;

    OfferType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
