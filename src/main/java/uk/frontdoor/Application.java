package uk.frontdoor;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The front door partner portal. Push keeps timelines and the duty inbox live without reloads;
 * the stylesheet is plain CSS from {@code frontend/} so no Node build is needed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#0b0c0c")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** Installable on a phone's home screen; the manifest and icon are plain files in frontend/. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("manifest", "/manifest.webmanifest");
        settings.addFavIcon("icon", "/icons/front-door.svg", "any");
    }

    /** The front door works in UK time: dates typed, working days and references follow it. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
