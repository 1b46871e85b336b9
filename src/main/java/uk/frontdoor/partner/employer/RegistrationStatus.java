package uk.frontdoor.partner.employer;

/** Where an employer's registration stands, in the words the employer reads. */
public enum RegistrationStatus {
    WAITING("Waiting for the council's check"),
    APPROVED("Approved: your organisation is a registered Fostering Friendly employer"),
    RETURNED("Returned");

    private final String text;

    RegistrationStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
