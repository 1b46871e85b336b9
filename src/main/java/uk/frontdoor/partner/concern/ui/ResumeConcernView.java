package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;

/** Home's "continue it" link: straight to the page the draft stopped at, without the start page's extra tap. */
@Route(value = ResumeConcernView.PATH, layout = MainLayout.class)
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class ResumeConcernView extends Div implements BeforeEnterObserver {

    static final String PATH = "concern/resume";

    private final ConcernDrafts drafts;

    ResumeConcernView(ConcernDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        drafts.current(CurrentUser.signedIn()).ifPresentOrElse(draft -> event.forwardTo(draft.step().path()),
                () -> event.forwardTo(RaiseConcernView.class));
    }
}
