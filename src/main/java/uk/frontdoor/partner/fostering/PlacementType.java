package uk.frontdoor.partner.fostering;

/** The kind of placement, as a carer would say it. */
public enum PlacementType {
    SHORT_TERM("Short-term"),
    LONG_TERM("Long-term"),
    RESPITE("Respite"),
    EMERGENCY("Emergency");

    private final String label;

    PlacementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
