package uk.frontdoor.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The built-in provider's sign-in page: plain HTML in the portal's style, usable at 360 px and with a
 * screen reader. It stands in for the council's own sign-in (Entra ID, NHS CIS2, GOV.UK One Login).
 */
@RestController
@ConditionalOnProperty(name = "frontdoor.idp.enabled", havingValue = "true")
class SignInPage {

    @GetMapping(value = BuiltInIdentityProvider.LOGIN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    String signIn(CsrfToken csrf, @RequestParam(required = false) String error, HttpServletResponse response) {
        boolean failed = error != null;
        // SignInThrottle sends a held-back attempt here: the same words whether or not the account exists.
        boolean held = SignInThrottle.HELD.equals(error);
        if (held) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        }
        String words = held ? "Too many tries to sign in. Wait a few minutes, then try again"
                : "Enter a correct username and password";
        // GOV.UK error pattern without script: the summary takes focus on load, the field says what is wrong.
        String problem = !failed ? "" : """
                <div class="fd-error-summary" role="alert" tabindex="-1" id="error-summary" autofocus>
                  <h2 class="fd-error-summary__title">There is a problem</h2>
                  <ul><li><a href="#username">%s</a></li></ul>
                </div>""".formatted(words);
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%sSign in - Front door</title>
                  <link rel="stylesheet" href="/styles/portal.css">
                </head>
                <body class="fd-plain">
                  <header class="fd-header"><span class="fd-header__service">Front door</span></header>
                  <main class="fd-main" id="main-content">
                    %s
                    <h1>Sign in</h1>
                    <p>Demo sign-in for the embedded default. In a council, this is your organisation's own sign-in.</p>
                    <form method="post" action="%s" novalidate>
                      <input type="hidden" name="%s" value="%s">
                      <div class="fd-form-group%s">
                        <label class="fd-label" for="username">Username</label>
                        %s
                        <input class="fd-input%s" id="username" name="username" type="text" autocomplete="username" spellcheck="false" required%s>
                      </div>
                      <div class="fd-form-group">
                        <label class="fd-label" for="password">Password</label>
                        <input class="fd-input" id="password" name="password" type="password" autocomplete="current-password" required>
                      </div>
                      <button class="fd-button" type="submit" id="sign-in">Sign in</button>
                    </form>
                  </main>
                </body>
                </html>
                """.formatted(failed ? "Error: " : "", problem, BuiltInIdentityProvider.LOGIN_PAGE,
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
                failed ? " fd-form-group--error" : "",
                failed ? "<p class=\"fd-error-message\" id=\"username-error\"><span class=\"fd-visually-hidden\">Error:</span> "
                        + words + "</p>" : "",
                failed ? " fd-input--error" : "",
                failed ? " aria-invalid=\"true\" aria-describedby=\"username-error\"" : "");
    }
}
