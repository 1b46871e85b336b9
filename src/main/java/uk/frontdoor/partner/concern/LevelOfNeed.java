package uk.frontdoor.partner.concern;

/** Stoke-on-Trent's continuum of need ("Right Help at the Right Time"). The referrer gives a view; ChAD decides. */
public enum LevelOfNeed {
    UNIVERSAL(1, "Level 1: Universal", "The child's needs are met by everyday services such as school and their GP."),
    ADDITIONAL(2, "Level 2: Additional needs", "The child needs early help from one service, such as extra support at school."),
    MULTIPLE(3, "Level 3: Multiple or complex needs", "Several services need to work together to support the child and family."),
    ACUTE(4, "Level 4: Acute or specialist", "The child may be at risk of significant harm and needs social care or child protection.");

    private final int number;
    private final String title;
    private final String explanation;

    LevelOfNeed(int number, String title, String explanation) {
        this.number = number;
        this.title = title;
        this.explanation = explanation;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    public static LevelOfNeed of(int number) {
        return values()[number - 1];
    }
}
