package uk.frontdoor.testsupport;

import java.util.Set;
import uk.frontdoor.partner.concern.ConcernAnswers;

/** A concern a teacher might really send, every page answered. */
public final class Answers {

    private Answers() {
    }

    public static ConcernAnswers complete(String firstName, String lastName) {
        ConcernAnswers answers = new ConcernAnswers();
        answers.setImmediateDanger("no");
        answers.setChildFirstName(firstName);
        answers.setChildLastName(lastName);
        answers.setDateOfBirth(new ConcernAnswers.DateAnswer("12", "5", "2016"));
        answers.setAddress("1 Station Road, Stoke-on-Trent");
        answers.setPostcode("ST4 1HH");
        answers.setSchool("Springfield Primary School");
        answers.setNhsNumber("943 476 5919");
        answers.setFactors(Set.of("16A"));
        answers.setWhatHappened("Came to school hungry every day this week and without a coat.");
        answers.setWhenHappened(new ConcernAnswers.DateAnswer("10", "11", "2026"));
        answers.setActionTaken("Gave breakfast and told the safeguarding lead.");
        answers.setParentsKnow("yes");
        answers.setParentsAgree("yes");
        answers.setLevelOfNeed("2");
        answers.setRequest("support-for-the-family");
        answers.setHowToTell("none");
        return answers;
    }
}
