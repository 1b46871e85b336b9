package uk.frontdoor.partner.concern;

/** The pages of "Raise a concern", in order. A draft remembers the step to resume at. */
public enum ConcernStep {
    DANGER("danger"),
    CHILD("child"),
    /** Optional: "Skip this" or Continue with nothing given goes straight on. */
    MORE("more-about-the-child"),
    WORRY("worry"),
    PARENTS("parents"),
    LEVEL("level"),
    REQUEST("request"),
    NEWS("news"),
    CHECK("check");

    private final String path;

    ConcernStep(String path) {
        this.path = path;
    }

    public String path() {
        return "concern/" + path;
    }

    public ConcernStep next() {
        return this == CHECK ? CHECK : values()[ordinal() + 1];
    }
}
