package uk.frontdoor.shell;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import uk.frontdoor.failure.Failures;

/**
 * Anything unexpected while opening a page: HTTP 500, GOV.UK's words, a reference that finds the failure in the
 * log, and the phone numbers, because a person with a worry about a child must never be left with nowhere to go.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Sorry, there is a problem with the service")
@AnonymousAllowed
public class ServiceProblem extends ErrorPage implements HasErrorParameter<Exception> {

    private final String chadPhone;

    public ServiceProblem(@Value("${frontdoor.chad.phone}") String chadPhone) {
        this.chadPhone = chadPhone;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Failures.logUnexpected("opening a page", parameter.getCaughtException());
        int status = show(ErrorWords.PROBLEM);
        Span quoted = new Span(reference);
        quoted.setId("failure-reference");
        add(new Paragraph(new Span("If it keeps happening, tell us this reference: "), quoted, new Span(".")));
        add(new Paragraph(PhoneLink.within("If a child is in immediate danger, call 999. To talk to ChAD now, call "
                + chadPhone + ".")));
        return status;
    }
}
