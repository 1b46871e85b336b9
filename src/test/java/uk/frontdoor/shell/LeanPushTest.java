package uk.frontdoor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.http.HttpServlet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

class LeanPushTest {

    @Test
    void vaadinsServletStartsAtmospheresWebsocketBuffersSmall() {
        ServletRegistrationBean<SpringServlet> vaadin = new ServletRegistrationBean<>(mock(SpringServlet.class));

        new LeanPush().postProcessBeforeInitialization(vaadin, "servletRegistrationBean");

        assertThat(vaadin.getInitParameters()).containsEntry("org.atmosphere.websocket.bufferSize", "512");
    }

    @Test
    void aSizeSetOutsideWinsAndOtherServletsAreLeftAlone() {
        ServletRegistrationBean<SpringServlet> vaadin = new ServletRegistrationBean<>(mock(SpringServlet.class));
        vaadin.addInitParameter(LeanPush.BUFFER_SIZE, "4096");
        ServletRegistrationBean<HttpServlet> other = new ServletRegistrationBean<>(mock(HttpServlet.class));

        new LeanPush().postProcessBeforeInitialization(vaadin, "servletRegistrationBean");
        new LeanPush().postProcessBeforeInitialization(other, "other");

        assertThat(vaadin.getInitParameters()).containsEntry(LeanPush.BUFFER_SIZE, "4096");
        assertThat(other.getInitParameters()).doesNotContainKey(LeanPush.BUFFER_SIZE);
    }
}
