package uk.frontdoor.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.frontdoor.security.CurrentUser;

/** The house everyone enters: a header with the service name and sign out, and the page below it. */
@PermitAll
public class MainLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public MainLayout(AuthenticationContext authentication) {
        addClassName("fd-page");
        Anchor skip = new Anchor("#main-content", "Skip to main content");
        skip.addClassName("fd-skip-link");

        RouterLink home = new RouterLink("Front door", HomeView.class);
        home.addClassName("fd-header__service");
        Header header = new Header(home);
        header.addClassName("fd-header");
        authentication.getAuthenticatedUser(Object.class).ifPresent(principal -> {
            Span who = new Span(CurrentUser.signedIn().name());
            who.addClassName("fd-header__user");
            Anchor signOut = new Anchor("/logout", "Sign out");
            signOut.getElement().addEventListener("click", click -> authentication.logout())
                    .preventDefault();
            signOut.addClassName("fd-header__signout");
            header.add(who, signOut);
        });

        content.setId("main-content");
        content.addClassName("fd-main");
        // Focusable by script and the skip link, not by Tab: each new page moves focus here (see below).
        content.getElement().setAttribute("tabindex", "-1");
        Footer footer = new Footer(PhoneLink.within("In an emergency, call 999."));
        footer.addClassName("fd-footer");
        add(skip, header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
        if (view instanceof Component component) {
            component.getUI().ifPresent(ui -> ui.getPage().executeJs("document.getElementById('main-content')?.focus()"));
        }
    }
}
