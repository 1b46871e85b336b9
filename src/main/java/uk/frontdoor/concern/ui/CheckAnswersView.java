package uk.frontdoor.concern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import uk.frontdoor.concern.ConcernAnswers;
import uk.frontdoor.concern.ConcernDraft;
import uk.frontdoor.concern.ConcernDrafts;
import uk.frontdoor.concern.ConcernService;
import uk.frontdoor.concern.ConcernStep;
import uk.frontdoor.concern.ConcernValidator;
import uk.frontdoor.concern.Factor;
import uk.frontdoor.concern.LevelOfNeed;
import uk.frontdoor.concern.NotToldReason;
import uk.frontdoor.concern.Submission;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.MainLayout;

/** GOV.UK "check your answers": every answer with a Change link, then send. */
@Route(value = "concern/check", layout = MainLayout.class)
@PageTitle("Check your answers before sending")
@RolesAllowed({"TEACHER", "SAFEGUARDING_LEAD", "GP"})
public class CheckAnswersView extends Div implements BeforeEnterObserver {

    private final ConcernDrafts drafts;
    private final ConcernService concerns;
    private final ErrorSummary errorSummary = new ErrorSummary();

    public CheckAnswersView(ConcernDrafts drafts, ConcernService concerns) {
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
        add(new H2("The child"), summary(ConcernStep.CHILD, Map.of(
                "Name", answers.childName(),
                "Date of birth", answers.isDateOfBirthUnknown()
                        ? "Not known, about " + answers.getApproximateAge() + " years old"
                        : date(answers.getDateOfBirth()),
                "Address", answers.getAddress() + ", " + ConcernValidator.normalisedPostcode(answers.getPostcode()),
                "School", orNotGiven(answers.getSchool()),
                "NHS number", orNotGiven(answers.getNhsNumber()),
                "Unique pupil number", orNotGiven(answers.getPupilNumber()))));
        add(new H2("Your concern"), summary(ConcernStep.WORRY, Map.of(
                "Worried about", answers.getFactors().stream()
                        .map(code -> Factor.ofCode(code).map(Factor::label).orElse(code))
                        .collect(Collectors.joining(", ")),
                "What you saw or heard", ConcernPage.blankIfNull(answers.getWhatHappened()),
                "When", date(answers.getWhenHappened()),
                "What you have done", ConcernPage.blankIfNull(answers.getActionTaken()))));
        add(new H2("Parents and carers"), summary(ConcernStep.PARENTS, Map.of(
                "Do they know", ConcernAnswers.YES.equals(answers.getParentsKnow()) ? "Yes" : "No",
                ConcernAnswers.YES.equals(answers.getParentsKnow()) ? "Do they agree" : "Why not",
                ConcernAnswers.YES.equals(answers.getParentsKnow())
                        ? ConcernPage.blankIfNull(answers.getParentsAgree()).replace("not-asked", "Not asked")
                        : notToldReason(answers) + ". " + ConcernPage.blankIfNull(answers.getNotToldExplanation()))));
        add(new H2("Level of need"), summary(ConcernStep.LEVEL, Map.of("Your view",
                answers.getLevelOfNeed() == null ? "" : LevelOfNeed.of(Integer.parseInt(answers.getLevelOfNeed())).title())));
        add(new H2("Now send your concern"),
                new Paragraph("By sending this you confirm the details are correct to the best of your knowledge. "
                        + "ChAD will decide what happens next within one working day."));
        Button send = new Button("Send concern", click -> send(draft));
        send.setId("send");
        send.addClassName("fd-button");
        send.setDisableOnClick(true);
        add(send);
    }

    private void send(ConcernDraft draft) {
        Submission submission = concerns.submit(CurrentUser.signedIn(), draft.id());
        if (submission.accepted()) {
            getUI().ifPresent(ui -> ui.navigate(ConfirmationView.class, submission.reference()));
        } else {
            errorSummary.show(submission.errors(), Map.of(),
                    error -> ConcernValidator.stepOf(error.field()).path() + "?" + ConcernPage.CHANGE);
            getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(button -> button.setEnabled(true));
        }
    }

    private static Component summary(ConcernStep step, Map<String, String> rows) {
        DescriptionList list = new DescriptionList();
        list.addClassName("fd-summary-list");
        rows.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(row -> {
            Anchor change = new Anchor(step.path() + "?" + ConcernPage.CHANGE, "Change");
            change.getElement().setAttribute("router-link", true);
            change.getElement().setAttribute("aria-label", "Change " + row.getKey().toLowerCase());
            change.addClassName("fd-summary-list__change");
            list.add(new DescriptionList.Term(row.getKey()),
                    new DescriptionList.Description(new Span(row.getValue()), change));
        });
        return list;
    }

    private static String notToldReason(ConcernAnswers answers) {
        for (NotToldReason reason : NotToldReason.values()) {
            if (reason.code().equals(answers.getNotToldReason())) {
                return reason.label();
            }
        }
        return "";
    }

    private static String date(ConcernAnswers.DateAnswer answer) {
        return ConcernValidator.dateOf(answer)
                .map(date -> date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))
                .orElse("");
    }

    private static String orNotGiven(String value) {
        return value == null || value.isBlank() ? "Not given" : value;
    }
}
