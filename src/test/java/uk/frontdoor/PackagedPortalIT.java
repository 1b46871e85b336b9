package uk.frontdoor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testsupport.PackagedPortal;
import uk.frontdoor.testsupport.PhoneBrowser;
import uk.frontdoor.testsupport.Traffic;

/**
 * What a council deploys: the jar Maven packaged, started with {@code java -jar} on the embedded defaults in its own
 * process, used on a phone. It serves Vaadin's production build, light enough for a weak signal, and honest errors.
 */
class PackagedPortalIT {

    /** The cold-cache budget from the sign-in page's submit to the home page's heading. */
    static final long FIRST_VIEW_BUDGET_BYTES = 450_000;
    private static final Pattern DEV_TOOLING = Pattern.compile(
            "(?i).*(copilot|vaadin-dev-tools|dev-bundle|/@vite|/VAADIN/dev|vaadin-dev-server|/VAADIN/generated/jar-resources/dev).*");

    @Test
    void the_packaged_jar_serves_a_light_production_build_and_honest_errors_to_a_phone() {
        try (PackagedPortal portal = PackagedPortal.start(Map.of("FRONTDOOR_DEMO", "true"));
                PhoneBrowser phone = PhoneBrowser.open(Path.of("target", "screenshots", "packaged"))) {
            Page page = phone.page();
            Traffic traffic = Traffic.of(page);
            String base = "http://localhost:" + portal.port();

            page.navigate(base + "/");
            page.waitForURL(Pattern.compile(".*/idp/login.*"));
            page.getByLabel("Username").fill("teacher");
            page.getByLabel("Password").fill("teacher");
            traffic.clear();
            page.locator("#sign-in").click();
            phone.expectHeading("What do you want to do?");

            assertThat(traffic.bytes()).as("bytes from sign-in to the home page's heading:%n%s", traffic.report())
                    .isLessThanOrEqualTo(FIRST_VIEW_BUDGET_BYTES);
            assertThat(traffic.fetched()).as("nothing of development mode is requested")
                    .noneMatch(fetched -> DEV_TOOLING.matcher(fetched.url()).matches());
            assertThat(traffic.fetched()).as("the production bundle is served")
                    .anyMatch(fetched -> fetched.url().contains("/VAADIN/build/"));
            assertThat(traffic.fetched()).filteredOn(Traffic.Fetched::isScriptOrStyle)
                    .as("scripts and stylesheets are compressed").isNotEmpty()
                    .allMatch(fetched -> fetched.contentEncoding().matches("br|gzip"), "br or gzip");
            assertThat(traffic.fetched()).filteredOn(fetched -> fetched.url().contains("/VAADIN/build/"))
                    .as("hashed bundle files are cached for a year")
                    .allMatch(fetched -> fetched.cacheControl().contains("max-age=31536000"), "max-age=31536000");
            assertThat(page.evaluate("() => !!(window.Vaadin && window.Vaadin.developmentMode)"))
                    .as("Vaadin's client runs in production mode").isEqualTo(false);
            phone.check("home");

            page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Raise a concern about a child")).click();
            phone.expectHeading("Raise a concern about a child");
            page.locator("#start, #start-new").first().click();
            phone.expectHeading("Is a child in immediate danger?");
            phone.check("first-question");

            Response unknown = page.navigate(base + "/no-such-page");
            phone.expectHeading("Page not found");
            assertThat(unknown.status()).as("an unknown address").isEqualTo(404);
            assertThat(page.locator("body")).not().containsText("Could not navigate");
            phone.check("page-not-found");

            Response forbidden = page.navigate(base + "/duty");
            phone.expectHeading("You cannot open this page");
            assertThat(forbidden.status()).as("a duty page opened by a teacher").isEqualTo(403);
            assertThat(page.locator("body")).not().containsText("duty/");
            assertThat(page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Go to the home page"))).isVisible();
            phone.check("cannot-open");

            Response missingFile = page.navigate(base + "/styles/no-such-file.css");
            assertThat(missingFile.status()).as("a file that is not there").isEqualTo(404);
            phone.expectHeading("Page not found");
            phone.check("file-not-found");

            phone.assertNoProblems();
            assertThat(portal.log()).as("the portal's log").contains("production mode")
                    .doesNotContain("development mode");
        }
    }

    @Test
    void without_demo_mode_the_jar_refuses_the_demo_sign_in_and_the_published_key_saying_which() {
        String log = PackagedPortal.refusedStart(Map.of("FRONTDOOR_IDP_ENABLED", "true"));
        assertThat(log).contains("The portal will not start with these settings:")
                .contains("The built-in sign-in, with demo people and API clients whose secrets are published, is on")
                .contains("FRONTDOOR_CHILD_ID_KEY is not set, so the published demo key")
                .doesNotContain("Tomcat started");
    }
}
