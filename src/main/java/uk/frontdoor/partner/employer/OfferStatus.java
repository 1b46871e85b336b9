package uk.frontdoor.partner.employer;

/** Where an employer's offer stands, in the words the employer reads. */
public enum OfferStatus {
    DRAFT("Draft: not sent yet"),
    SUBMITTED("Sent to the council for approval"),
    RECEIVED("Received by the council, waiting for approval"),
    RETURNED("Returned with questions"),
    PUBLISHED("Approved and published"),
    WITHDRAWN("Withdrawn");

    private final String text;

    OfferStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** A draft, or an offer returned with questions, can still be changed and sent. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** A sent or published offer can be withdrawn. */
    public boolean withdrawable() {
        return this == SUBMITTED || this == RECEIVED || this == PUBLISHED;
    }
}
