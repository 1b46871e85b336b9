package uk.frontdoor.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.failure.Failures;

/**
 * A failure after a page has opened (a button, a live update): logged without its messages, and the person is told
 * plainly, with a reference, instead of the page silently doing nothing.
 */
@Component
class SessionErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(SessionErrors::tellThePerson));
    }

    private static void tellThePerson(ErrorEvent error) {
        String reference = Failures.logUnexpected("handling a request on an open page", error.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notice = new Notification();
            Button close = new Button("Close", click -> notice.close());
            notice.add(new Span("Sorry, there is a problem with the service. Try again. "
                    + "If it keeps happening, tell us this reference: " + reference + ". "), close);
            notice.setPosition(Notification.Position.TOP_CENTER);
            notice.addThemeVariants(NotificationVariant.ERROR);
            notice.open();
        }
    }
}
