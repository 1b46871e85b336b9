package uk.frontdoor.partner.concern.ui;

import uk.frontdoor.partner.concern.ChildGender;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.Disability;
import uk.frontdoor.partner.concern.Ethnicity;
import uk.frontdoor.partner.concern.HouseholdMember;
import uk.frontdoor.partner.concern.ReferrerRequest;
import uk.frontdoor.shell.SummaryList;

/**
 * The optional answers in the words check your answers uses: there each with its Change link, and on the referrer's
 * own page afterwards without, so what they read they sent is what they checked. Only what was given makes a row.
 */
final class AnswersInWords {

    /** On check your answers: every row changeable. */
    static final AnswersInWords TO_CHECK = new AnswersInWords(true);
    /** On the referrer's page once sent: nothing to change. */
    static final AnswersInWords AS_SENT = new AnswersInWords(false);

    private final boolean changeable;

    private AnswersInWords(boolean changeable) {
        this.changeable = changeable;
    }

    /** The request in the words chosen, "something else" as written; the child's words only when given. */
    void whatYouAsk(SummaryList list, ConcernAnswers answers) {
        row(list, ConcernStep.REQUEST, "You would like", ReferrerRequest.inWords(answers.getRequest(),
                answers.getRequestDetail()));
        row(list, ConcernStep.REQUEST, "What the child says", answers.getChildsVoice());
    }

    /** @return how many rows were given */
    int moreAboutTheChild(SummaryList list, ConcernAnswers answers) {
        int rows = 0;
        rows += row(list, ConcernStep.MORE, "Must not be shared with the family", answers.getNotToBeShared());
        rows += row(list, ConcernStep.MORE, "Gender",
                ChildGender.ofCode(answers.getGender()).map(ChildGender::label).orElse(null));
        rows += row(list, ConcernStep.MORE, "Ethnicity",
                Ethnicity.ofCode(answers.getEthnicity()).map(Ethnicity::label).orElse(null));
        rows += row(list, ConcernStep.MORE, "First language", answers.getFirstLanguage());
        rows += row(list, ConcernStep.MORE, "Interpreter needed", ConcernAnswers.YES.equals(answers.getInterpreterNeeded())
                ? "Yes" : ConcernAnswers.NO.equals(answers.getInterpreterNeeded()) ? "No" : null);
        rows += row(list, ConcernStep.MORE, "Disability",
                Disability.ofCode(answers.getDisability()).map(Disability::label).orElse(null));
        if (Disability.YES.code().equals(answers.getDisability())) {
            rows += row(list, ConcernStep.MORE, "About the disability", answers.getDisabilityDetail());
        }
        rows += row(list, ConcernStep.MORE, "GP practice", answers.getGpPractice());
        rows += row(list, ConcernStep.MORE, "Who lives with the child", answers.getHousehold());
        rows += row(list, ConcernStep.MORE, "Parental responsibility", answers.getParentalResponsibility());
        for (int place = 0; place < answers.getHouseholdMembers().size(); place++) {
            rows += row(list, ConcernStep.MORE, HouseholdMember.label(place + 1),
                    answers.getHouseholdMembers().get(place).inWords());
        }
        return rows;
    }

    /** @return 1 when the answer was given and so shown, else 0 */
    private int row(SummaryList list, ConcernStep step, String label, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        if (changeable) {
            list.row(label, value, change(step));
        } else {
            list.row(label, value);
        }
        return 1;
    }

    static String change(ConcernStep step) {
        return step.path() + "?" + ConcernPage.CHANGE;
    }
}
