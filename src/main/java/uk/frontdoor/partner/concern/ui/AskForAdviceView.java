package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import uk.frontdoor.partner.concern.AdviceRequest;
import uk.frontdoor.partner.concern.ChadContactDetails;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.Submission;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.CharacterCount;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.PhoneLink;

/** A consultation without a referral: a social worker calls the partner back. */
@Route(value = "advice", layout = MainLayout.class)
@PageTitle("Ask ChAD for advice")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class AskForAdviceView extends Div {

    AskForAdviceView(ConcernService concerns, ChadContactDetails chad) {
        // One id for everything this page sends, so a retried or doubled click is one request on the server.
        UUID submission = UUID.randomUUID();
        ErrorSummary errors = new ErrorSummary();
        add(errors, new H1("Ask ChAD for advice"),
                new Paragraph(PhoneLink.within("Not sure whether to raise a concern? A social worker will call you "
                        + "back to talk it through. This is advice, not a referral. If a child is in immediate danger, "
                        + "call 999.")));
        TextArea question = new CharacterCount("What would you like advice about?",
                "A few sentences is enough. You do not need to give the child's full name.", AdviceRequest.QUESTION_MAX);
        question.setId(AdviceRequest.QUESTION);
        TextField phone = new TextField("Phone number to call you back on");
        phone.setId(AdviceRequest.PHONE);
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setMaxLength(20);
        TextField bestTime = new TextField("When is best to call? (optional)");
        bestTime.setId(AdviceRequest.BEST_TIME);
        bestTime.setHelperText("For example, after 3:30pm. ChAD is open " + chad.officeHours() + ".");
        bestTime.setMaxLength(200);
        var request = Radios.of("What would you like to happen? (optional)", AdviceRequest.requestsOffered(),
                uk.frontdoor.partner.concern.ReferrerRequest::code, uk.frontdoor.partner.concern.ReferrerRequest::label);
        request.setId(AdviceRequest.REQUEST);
        Button send = new Button("Ask for a call back", click -> {
            Submission sent = concerns.askForAdvice(CurrentUser.signedIn(), submission,
                    new AdviceRequest(question.getValue(), phone.getValue(), bestTime.getValue(), request.getValue()));
            errors.show(sent.errors(), Map.of(AdviceRequest.QUESTION, question, AdviceRequest.PHONE, phone,
                    AdviceRequest.BEST_TIME, bestTime, AdviceRequest.REQUEST, request));
            if (sent.accepted()) {
                getUI().ifPresent(ui -> ui.navigate(ConcernTimelineView.class, sent.reference()));
            }
        });
        send.setId("ask-for-advice");
        send.addClassName("fd-button");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        add(question, request, phone, bestTime, send);
    }
}
