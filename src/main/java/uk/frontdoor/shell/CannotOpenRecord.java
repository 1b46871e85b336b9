package uk.frontdoor.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * The page opens for the person's role, but a service refused the record on it (another school's concern, say):
 * the same 403 page as a refused page, never the 500 an unexpected failure gets.
 */
@ParentLayout(MainLayout.class)
@PageTitle("You cannot open this page")
@AnonymousAllowed
public class CannotOpenRecord extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(ErrorWords.CANNOT_OPEN);
    }
}
