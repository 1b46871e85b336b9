package uk.frontdoor.partner.employer.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import uk.frontdoor.partner.employer.RegistrationForm;

/**
 * An employer's answers between the registration form and check your answers, valid or not, kept on the server in
 * the person's Vaadin session. A concern keeps a draft row because it runs over six pages and may be resumed
 * days later; this form is one page, filled again from the latest registration whenever it opens, so a lost
 * session costs one page of typing at most, and a row would need a table, a migration and the retention sweep.
 * Sessions are sticky already (several instances), and signing out ends the session and the answers with it.
 *
 * <p>Each Continue keeps a new draft with a new id, so check your answers sends only the answers it shows, and
 * only while they are still the ones kept: sending clears them, so a second tap or a retried request finds
 * nothing left to send. Read and changed only under the session's lock (in a UI's request).
 */
record RegistrationDraft(UUID id, RegistrationForm form) implements Serializable {

    static Optional<RegistrationDraft> current() {
        return Optional.ofNullable(VaadinSession.getCurrent().getAttribute(RegistrationDraft.class));
    }

    static RegistrationDraft keep(RegistrationForm form) {
        RegistrationDraft draft = new RegistrationDraft(UUID.randomUUID(), form);
        VaadinSession.getCurrent().setAttribute(RegistrationDraft.class, draft);
        return draft;
    }

    /** Whether these are still the answers kept: not sent yet, and not changed since (in another tab). */
    boolean isCurrent() {
        return current().filter(this::equals).isPresent();
    }

    /** Forgets the answers once they are sent. */
    void sent() {
        if (isCurrent()) {
            VaadinSession.getCurrent().setAttribute(RegistrationDraft.class, null);
        }
    }
}
