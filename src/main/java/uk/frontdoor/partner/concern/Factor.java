package uk.frontdoor.partner.concern;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the referrer is worried about, as the DfE Children in Need census "factors identified" codes
 * (A = the child, B = a parent or carer, C = another person in the household), in plain English.
 */
public enum Factor {
    NEGLECT("16A", "Neglect"),
    PHYSICAL_ABUSE_BY_ADULT("18C", "Physical abuse by an adult"),
    PHYSICAL_ABUSE_BY_CHILD("18B", "Physical abuse by another child"),
    SEXUAL_ABUSE_BY_ADULT("19C", "Sexual abuse by an adult"),
    SEXUAL_ABUSE_BY_CHILD("19B", "Sexual abuse by another child"),
    EMOTIONAL_ABUSE("17A", "Emotional abuse"),
    DOMESTIC_ABUSE_CHILD("3A", "Domestic abuse: the child is a victim"),
    DOMESTIC_ABUSE_PARENT("3B", "Domestic abuse: a parent or carer is a victim"),
    DOMESTIC_ABUSE_HOUSEHOLD("3C", "Domestic abuse: another person in the household is a victim"),
    SELF_HARM("15A", "Self-harm"),
    MENTAL_HEALTH_CHILD("4A", "The child's mental health"),
    MENTAL_HEALTH_PARENT("4B", "A parent's or carer's mental health"),
    MENTAL_HEALTH_HOUSEHOLD("4C", "Mental health of another person in the household"),
    ALCOHOL_CHILD("1A", "Alcohol misuse by the child"),
    ALCOHOL_PARENT("1B", "Alcohol misuse by a parent or carer"),
    ALCOHOL_HOUSEHOLD("1C", "Alcohol misuse by another person in the household"),
    DRUGS_CHILD("2A", "Drug misuse by the child"),
    DRUGS_PARENT("2B", "Drug misuse by a parent or carer"),
    DRUGS_HOUSEHOLD("2C", "Drug misuse by another person in the household"),
    GOING_MISSING("10A", "Going missing"),
    SEXUAL_EXPLOITATION("11A", "Child sexual exploitation"),
    CRIMINAL_EXPLOITATION("24A", "Child criminal exploitation"),
    GANGS("13A", "Gangs"),
    TRAFFICKING("12A", "Trafficking"),
    FGM("22A", "Female genital mutilation"),
    FAITH_ABUSE("23A", "Abuse linked to faith or belief"),
    YOUNG_CARER("7A", "Young carer"),
    LEARNING_DISABILITY_CHILD("5A", "The child's learning disability"),
    LEARNING_DISABILITY_PARENT("5B", "A parent's or carer's learning disability"),
    LEARNING_DISABILITY_HOUSEHOLD("5C", "Learning disability of another person in the household"),
    PHYSICAL_DISABILITY_CHILD("6A", "The child's physical disability or illness"),
    PHYSICAL_DISABILITY_PARENT("6B", "A parent's or carer's physical disability or illness"),
    PHYSICAL_DISABILITY_HOUSEHOLD("6C", "Physical disability or illness of another person in the household"),
    UNACCOMPANIED_ASYLUM_SEEKING("9A", "Unaccompanied asylum-seeking child"),
    PRIVATELY_FOSTERED("8B", "Privately fostered"),
    SOCIALLY_UNACCEPTABLE_BEHAVIOUR("14A", "Socially unacceptable behaviour"),
    OTHER("20", "Something else");

    private final String code;
    private final String label;

    Factor(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The chosen worries' labels in the list's order, as the referrer saw them. */
    public static String labelsOf(java.util.Set<String> codes) {
        return Arrays.stream(values()).filter(factor -> codes.contains(factor.code)).map(Factor::label)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public static Optional<Factor> ofCode(String code) {
        return Arrays.stream(values()).filter(factor -> factor.code.equals(code)).findFirst();
    }
}
