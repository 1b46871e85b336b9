package uk.frontdoor.partner.concern;

/**
 * One person in the child's household as the referrer gave them on "Tell us more about the child", kept as typed
 * ({@link ConcernValidator} decides what is acceptable): the two yes/no answers are "yes", "no" or not yet given.
 */
public class HouseholdMember {
    private String name;
    private String relationship;
    private String livesWithChild;
    private String parentalResponsibility;

    public HouseholdMember() {
    }

    public HouseholdMember(String name, String relationship, String livesWithChild, String parentalResponsibility) {
        this.name = name;
        this.relationship = relationship;
        this.livesWithChild = livesWithChild;
        this.parentalResponsibility = parentalResponsibility;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public String getLivesWithChild() { return livesWithChild; }
    public void setLivesWithChild(String livesWithChild) { this.livesWithChild = livesWithChild; }
    public String getParentalResponsibility() { return parentalResponsibility; }
    public void setParentalResponsibility(String parentalResponsibility) { this.parentalResponsibility = parentalResponsibility; }

    /** The label of person {@code number} (from 1) on every page that lists them. */
    public static String label(int number) {
        return "Household, person " + number;
    }

    /** This person in {@link #inWords(String, String, boolean, boolean)}'s words. */
    public String inWords() {
        return inWords(name, relationship, ConcernAnswers.YES.equals(livesWithChild),
                ConcernAnswers.YES.equals(parentalResponsibility));
    }

    /**
     * One person in the words check your answers, the referrer's page and the duty worker's page all use:
     * "Dan Smith, stepfather. Lives with the child. Has parental responsibility."
     */
    public static String inWords(String name, String relationship, boolean livesWithChild,
            boolean parentalResponsibility) {
        return ConcernAnswers.trim(name) + ", " + ConcernAnswers.trim(relationship) + ". "
                + (livesWithChild ? "Lives with the child" : "Does not live with the child") + ". "
                + (parentalResponsibility ? "Has parental responsibility" : "No parental responsibility") + ".";
    }
}
