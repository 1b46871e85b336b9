package uk.frontdoor.calendar;

/** Where a contact stands against the one-working-day clock, as the duty inbox shows it. */
public enum DeadlineStatus {
    ON_TRACK("Due"),
    DUE_TODAY("Due today"),
    OVERDUE("Overdue");

    private final String label;

    DeadlineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
