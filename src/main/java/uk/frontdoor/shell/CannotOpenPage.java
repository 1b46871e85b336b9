package uk.frontdoor.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A signed-in person asked for a page their role does not open: HTTP 403 and a way home. It never says what
 * the page is or lists others, so nobody learns the duty side's addresses by trying them.
 */
@ParentLayout(MainLayout.class)
@PageTitle("You cannot open this page")
@AnonymousAllowed
public class CannotOpenPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(ErrorWords.CANNOT_OPEN);
    }
}
