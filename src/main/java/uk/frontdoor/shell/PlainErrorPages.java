package uk.frontdoor.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Errors outside Vaadin's pages (a missing stylesheet, a refused request) get the same words as the Vaadin error
 * pages, as a plain page with the portal's stylesheet, instead of Spring's "Whitelabel Error Page".
 */
@Component
class PlainErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ErrorWords words = ErrorWords.forStatus(status.value());
        ModelAndView page = new ModelAndView(page(words));
        page.setStatus(status);
        return page;
    }

    /** Constant words only: nothing from the request is written into the page. */
    private static View page(ErrorWords words) {
        String paragraphs = words.paragraphs.stream().map(text -> "<p>" + text + "</p>").collect(Collectors.joining("\n"));
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s - Front door</title>
                <link rel="stylesheet" href="/styles/portal.css">
                </head>
                <body class="fd-plain">
                <header class="fd-header"><a class="fd-header__service" href="/">Front door</a></header>
                <main class="fd-main" id="main-content">
                <h1>%1$s</h1>
                %2$s
                <p><a href="/">Go to the home page</a></p>
                </main>
                <footer class="fd-footer"><span>In an emergency, call <a class="fd-phone" href="tel:999">999</a>.</span></footer>
                </body>
                </html>
                """.formatted(words.heading, paragraphs);
        return new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                response.setContentType(getContentType());
                response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
