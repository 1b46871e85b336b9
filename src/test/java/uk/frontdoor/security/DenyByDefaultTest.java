package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import uk.frontdoor.testsupport.Views;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import uk.frontdoor.testsupport.PortalTest;

/** Every view names who may open it, none is open to everyone, and idle sessions end soon (shared phones). */
class DenyByDefaultTest extends PortalTest {

    @Autowired ServletWebServerApplicationContext server;

    @Test
    void every_view_names_the_roles_allowed_and_none_is_anonymous() {
        var views = Views.all().getRoutes();
        assertThat(views).hasSizeGreaterThan(10);
        for (Class<?> view : views) {
            assertThat(view.isAnnotationPresent(AnonymousAllowed.class)).as(view.getName()).isFalse();
            assertThat(view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(DenyAll.class)).as(view.getName() + " names who may open it").isTrue();
        }
    }

    @Test
    void only_the_home_page_is_open_to_every_signed_in_role() {
        var permitAll = Views.all().getRoutes().stream()
                .filter(view -> view.isAnnotationPresent(PermitAll.class))
                .map(Class::getSimpleName).toList();
        assertThat(permitAll).containsExactly("HomeView");
    }

    @Test
    void concern_pages_are_only_for_people_who_raise_concerns() {
        var concernViews = Views.under("uk.frontdoor.partner.concern").getRoutes();
        for (Class<?> view : concernViews) {
            assertThat(Arrays.asList(view.getAnnotation(RolesAllowed.class).value()))
                    .as(view.getSimpleName()).containsExactlyInAnyOrder("TEACHER", "SAFEGUARDING_LEAD", "GP");
        }
    }

    @Test
    void an_idle_session_ends_after_fifteen_minutes() {
        assertThat(Duration.ofMinutes(server.getServletContext().getSessionTimeout())).isEqualTo(Duration.ofMinutes(15));
    }
}
