package uk.frontdoor.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Tests only: a page that fails as it opens, with a child's details planted in the failure's message. */
@Route(value = "test/failing-page", layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class FailingPage extends Div {

    static final String PLANTED = "Zebedee Quuxworth, 14 Planted Road, ST4 9ZZ";

    public FailingPage() {
        throw new IllegalStateException("Could not load " + PLANTED);
    }
}
