package uk.frontdoor.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** GOV.UK's "Page not found", with HTTP 404, in place of Vaadin's list of routes. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
@AnonymousAllowed
public class PageNotFound extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(ErrorWords.NOT_FOUND);
    }
}
