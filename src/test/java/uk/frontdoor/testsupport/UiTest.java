package uk.frontdoor.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.Role;

/**
 * Browserless UI tests (Karibu Testing) against the real running portal: the person is signed in as the
 * token would describe them, in both places Vaadin and Spring look (security context and request).
 */
public abstract class UiTest extends PortalTest {

    private static final Routes ROUTES = Views.all();

    @Autowired
    protected ApplicationContext context;

    protected void signInAs(DemoUser user) {
        MockVaadin.tearDown();
        var authentication = user.authentication();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // As at a real sign-in: a council side's role counts only from that side's organisation.
        boolean granted = context.getBean(CouncilAccess.class).grants(user.currentUser(), Role.valueOf(user.role));
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> granted
                    && (user.role.equals(role) || ("ROLE_" + user.role).equals(role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void signOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Navigating there shows "You cannot open this page" (HTTP 403) in place of the page, naming no other page.
     * @param description which navigation, for the failure message
     */
    protected static void assertRefused(String description, Runnable navigation) {
        navigation.run();
        org.assertj.core.api.Assertions.assertThat(UI.getCurrent().getCurrentView())
                .as(description).isInstanceOfAny(uk.frontdoor.shell.CannotOpenPage.class, uk.frontdoor.shell.CannotOpenRecord.class);
        org.assertj.core.api.Assertions.assertThat(com.github.mvysny.kaributesting.v10.LocatorJ
                ._get(com.vaadin.flow.component.html.H1.class).getText()).as(description).isEqualTo("You cannot open this page");
    }

    protected static void assertRefused(Runnable navigation) {
        assertRefused("the navigation", navigation);
    }

    /** The messages of the error summaries shown now ("There is a problem"), in order. */
    protected static java.util.List<String> errors() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(uk.frontdoor.shell.ErrorSummary.class).stream()
                .filter(summary -> summary.isVisible())
                .flatMap(summary -> summary.messages().stream()).toList();
    }

    /** All the text on the page as a person would read it. */
    protected static String pageText() {
        return UI.getCurrent().getChildren().map(child -> child.getElement().getTextRecursively())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The timeline on the page now (its list items), joined by " | ". */
    protected static String timelineShown() {
        return String.join(" | ", com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.html.ListItem.class).stream().map(li -> li.getElement().getTextRecursively()).toList());
    }

    /** Runs what Vaadin Push would deliver to the browser (UI.access tasks from other threads). */
    protected static void roundTrip() {
        MockVaadin.clientRoundtrip(false);
    }
}
