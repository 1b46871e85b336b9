package uk.frontdoor.shell;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * What each push connection costs the heap (README: Benchmarks, memory per session). Atmosphere gives every websocket
 * a byte buffer and a character buffer of {@code org.atmosphere.websocket.bufferSize} (Vaadin sets 16,384: 48 KB a
 * connection, most of an idle session), used only to gather a message a container hands over as a stream, and grown
 * on demand when one is larger. Tomcat hands Atmosphere whole messages, so they stay empty: a small start is enough.
 * Vaadin takes an Atmosphere setting given as a servlet parameter over its own.
 */
@Component
class LeanPush implements BeanPostProcessor {

    static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    static final String BUFFER_BYTES = "512";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
            registration.getInitParameters().putIfAbsent(BUFFER_SIZE, BUFFER_BYTES);
        }
        return bean;
    }
}
