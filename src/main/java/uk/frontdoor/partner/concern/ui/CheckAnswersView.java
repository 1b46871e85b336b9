package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDraft;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.partner.concern.ConcernValidator;
import uk.frontdoor.partner.concern.Factor;
import uk.frontdoor.news.HowToTell;
import uk.frontdoor.partner.concern.LevelOfNeed;
import uk.frontdoor.partner.concern.NotToldReason;
import uk.frontdoor.partner.concern.ParentsAgreement;
import uk.frontdoor.partner.concern.Submission;
import uk.frontdoor.news.UkMobileNumber;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.Declaration;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.SummaryList;

/** GOV.UK "check your answers": every answer with a Change link, then send. */
@Route(value = "concern/check", layout = MainLayout.class)
@PageTitle("Check your answers before sending")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class CheckAnswersView extends Div implements BeforeEnterObserver {

    private final ConcernDrafts drafts;
    private final ConcernService concerns;
    private final ErrorSummary errorSummary = new ErrorSummary();

    CheckAnswersView(ConcernDrafts drafts, ConcernService concerns) {
        this.drafts = drafts;
        this.concerns = concerns;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var current = drafts.current(CurrentUser.signedIn());
        if (current.isEmpty()) {
            event.forwardTo(RaiseConcernView.class);
            return;
        }
        ConcernDraft draft = current.get();
        ConcernAnswers answers = draft.answers();
        removeAll();
        add(errorSummary, new H1("Check your answers before sending"));
        // Sending needs "No" here: shown so the person confirms it, as every other answer.
        add(new H2("Immediate danger"), new SummaryList().row("Is a child in immediate danger?",
                ConcernAnswers.YES.equals(answers.getImmediateDanger()) ? "Yes" : "No", change(ConcernStep.DANGER)));
        String child = change(ConcernStep.CHILD);
        add(new H2("The child"), new SummaryList()
                .row("Name", answers.childName(), child)
                .row("Date of birth", answers.isDateOfBirthUnknown()
                        ? "Not known, about " + answers.getApproximateAge() + " years old"
                        : date(answers.getDateOfBirth()), child)
                .row("Address", answers.getAddress() + ", " + ConcernValidator.normalisedPostcode(answers.getPostcode()), child)
                .row("School", orNotGiven(answers.getSchool()), child)
                .row("NHS number", orNotGiven(answers.getNhsNumber()), child)
                .row("Unique pupil number", orNotGiven(answers.getPupilNumber()), child));
        add(new H2("More about the child"), moreAboutTheChild(answers));
        String worry = change(ConcernStep.WORRY);
        add(new H2("Your concern"), new SummaryList()
                .row("Worried about", Factor.labelsOf(answers.getFactors()), worry)
                .row("What you saw or heard", answers.getWhatHappened(), worry)
                .row("When", date(answers.getWhenHappened()), worry)
                .row("What you have done", answers.getActionTaken(), worry));
        String parents = change(ConcernStep.PARENTS);
        boolean know = ConcernAnswers.YES.equals(answers.getParentsKnow());
        SummaryList parentsList = new SummaryList().row("Do they know", know ? "Yes" : "No", parents);
        if (know) {
            parentsList.row("Do they agree", ParentsAgreement.ofCode(answers.getParentsAgree()).map(ParentsAgreement::label).orElse(""), parents);
        } else {
            parentsList.row("Why not", notToldReason(answers), parents)
                    .row("Your explanation", answers.getNotToldExplanation(), parents);
        }
        add(new H2("Parents and carers"), parentsList);
        add(new H2("Level of need"), new SummaryList().row("Your view", answers.getLevelOfNeed() == null ? ""
                : LevelOfNeed.of(Integer.parseInt(answers.getLevelOfNeed())).title(), change(ConcernStep.LEVEL)));
        add(new H2("What you would like to happen"), whatYouAsk(answers));
        add(new H2("News about your concern"), new SummaryList()
                .row("How we tell you", howToTell(answers, CurrentUser.signedIn()), change(ConcernStep.NEWS)));
        add(new Declaration("Now send your concern",
                "By sending this you confirm the details are correct to the best of your knowledge. "
                        + "ChAD will decide what happens next within one working day.",
                "Send concern", "send", click -> send(draft, click.getSource())));
    }

    private void send(ConcernDraft draft, Button button) {
        Submission submission = concerns.submit(CurrentUser.signedIn(), draft.id());
        if (submission.accepted()) {
            getUI().ifPresent(ui -> ui.navigate(ConfirmationView.class, submission.reference()));
        } else {
            errorSummary.show(submission.errors(), Map.of(),
                    error -> ConcernValidator.stepOf(error.field()).path() + "?" + ConcernPage.CHANGE);
            button.setEnabled(true);
        }
    }

    private static SummaryList whatYouAsk(ConcernAnswers answers) {
        SummaryList list = new SummaryList();
        AnswersInWords.TO_CHECK.whatYouAsk(list, answers);
        return list;
    }

    /** Only what was given, each with its Change link; with nothing given, one row to add it. */
    private static SummaryList moreAboutTheChild(ConcernAnswers answers) {
        SummaryList list = new SummaryList();
        if (AnswersInWords.TO_CHECK.moreAboutTheChild(list, answers) == 0) {
            list.row("More about the child", "Nothing added", change(ConcernStep.MORE));
        }
        return list;
    }

    private static String change(ConcernStep step) {
        return AnswersInWords.change(step);
    }

    /** Where the news will go, so a mistyped number is caught here; never shown to anyone else. */
    private static String howToTell(ConcernAnswers answers, CurrentUser user) {
        if (answers.tellBy(HowToTell.EMAIL)) {
            return "Email to " + answers.emailFor(user.email());
        }
        if (answers.tellBy(HowToTell.TEXT_MESSAGE)) {
            return "Text message to " + UkMobileNumber.parse(answers.getMobileNumber()).map(UkMobileNumber::spaced)
                    .orElse(answers.getMobileNumber());
        }
        return answers.tellBy(HowToTell.DO_NOT_TELL) ? HowToTell.DO_NOT_TELL.label() : "";
    }

    private static String notToldReason(ConcernAnswers answers) {
        return NotToldReason.ofCode(answers.getNotToldReason()).map(NotToldReason::label).orElse("");
    }

    private static String date(ConcernAnswers.DateAnswer answer) {
        return ConcernValidator.dateOf(answer)
                .map(Dates::day)
                .orElse("");
    }

    private static String orNotGiven(String value) {
        return value == null || value.isBlank() ? "Not given" : value;
    }
}
