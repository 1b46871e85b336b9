package uk.frontdoor.council.duty;

/** The views of the inbox a duty team works from. All but {@link #DECIDED} show contacts still to decide. */
public enum InboxFilter {
    OPEN("All open"),
    UNCLAIMED("Unclaimed"),
    MINE("Mine"),
    DUE_TODAY("Due today"),
    OVERDUE("Overdue"),
    URGENT("Urgent"),
    ADVICE("Requests for advice"),
    DECIDED("Decided");

    private final String label;

    InboxFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
