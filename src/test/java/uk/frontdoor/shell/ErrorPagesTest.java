package uk.frontdoor.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.frontdoor.testsupport.DemoUser;
import uk.frontdoor.testsupport.UiTest;

/**
 * What a person sees when a page is not theirs or fails: the product's own words, never its routes. (An unknown
 * address, and the HTTP statuses, are proved on the packaged jar in a browser: PackagedPortalIT.)
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest extends UiTest {

    @Test
    void a_duty_page_opened_by_a_teacher_says_you_cannot_open_it_and_names_no_routes() {
        signInAs(DemoUser.TEACHER);
        UI.getCurrent().navigate("duty");
        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
        assertThat(pageText()).doesNotContain("duty/", "operations", "Could not navigate");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("error-home")).getHref()).isEmpty();
    }

    @Test
    void a_failing_page_says_sorry_with_a_reference_that_is_in_the_log_without_the_failures_details(CapturedOutput log) {
        signInAs(DemoUser.TEACHER);
        UI.getCurrent().navigate("test/failing-page");
        assertThat(_get(H1.class).getText()).isEqualTo("Sorry, there is a problem with the service");
        String reference = _get(Span.class, spec -> spec.withId("failure-reference")).getText();
        assertThat(reference).matches("E-[A-Z2-9]{8}");
        assertThat(_find(_get(ServiceProblem.class), Anchor.class).stream().map(Anchor::getHref))
                .containsExactly("tel:999", "tel:01782235100");
        assertThat(log.getAll()).contains("Unexpected failure " + reference)
                .contains("IllegalStateException thrown at uk.frontdoor.shell.FailingPage")
                .doesNotContain("Zebedee", "Planted Road", "ST4 9ZZ");
    }
}
