package uk.frontdoor.council.duty;

/** Triage priority: red is looked at first. */
public enum Priority {
    RED("Red: act now"),
    AMBER("Amber: today"),
    GREEN("Green: within the working day");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
