package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.CharacterCount;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.PhoneLink;
import uk.frontdoor.validation.FieldError;

/**
 * Resolving professional differences: the referrer says they disagree with ChAD's decision, and why. A duty manager
 * who did not make or sign off the decision answers, and the answer lands on the timeline.
 */
@Route(value = "concern/disagree", layout = MainLayout.class)
@PageTitle("Tell ChAD why you disagree with the decision")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class DisagreeView extends Div implements HasUrlParameter<String> {

    static final String PATH = "concern/disagree/";

    private final ConcernService concerns;
    private final int answerWithin;

    DisagreeView(ConcernService concerns,
            @org.springframework.beans.factory.annotation.Value("${frontdoor.challenges.answer-within-working-days}")
            int answerWithin) {
        this.concerns = concerns;
        this.answerWithin = answerWithin;
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        removeAll();
        var concern = concerns.find(CurrentUser.signedIn(), reference);
        if (concern.isEmpty()) {
            add(new H1("Page not found"), new Paragraph("There is no concern with that reference that you can see."));
            return;
        }
        Anchor back = new Anchor(ConcernTimelineView.PATH + reference, "Back");
        back.addClassName("fd-back-link");
        back.getElement().setAttribute("router-link", true);
        ErrorSummary errors = new ErrorSummary();
        add(back, errors, new H1("Tell ChAD why you disagree with the decision"),
                new Paragraph("A duty manager who did not make or sign off the decision will look at it again and "
                        + "answer you within " + answerWithin + " working days, here on your concern's page."),
                new Paragraph(PhoneLink.within("If a child is in immediate danger, call 999.")));
        if (!concern.get().mayBeChallenged()) {
            add(new Paragraph("You can say you disagree once ChAD has decided, and once for each decision."));
            return;
        }
        TextArea reason = new CharacterCount("Why do you disagree?",
                "Say what you know that ChAD may not have weighed, and what you think should happen.", 2000);
        reason.setId(ConcernService.CHALLENGE_REASON);
        Button send = new Button("Send to a duty manager", click -> {
            List<FieldError> problems = concerns.challenge(CurrentUser.signedIn(), reference, reason.getValue());
            errors.show(problems, Map.of(ConcernService.CHALLENGE_REASON, reason));
            if (problems.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(ConcernTimelineView.class, reference));
            }
        });
        send.setId("send-challenge");
        send.addClassName("fd-button");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        add(reason, send);
    }
}
