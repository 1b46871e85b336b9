package uk.frontdoor.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** The shape of every error page: a heading that says what happened, what to do, and a way home. */
abstract class ErrorPage extends Div {

    /** @return the HTTP status to answer with */
    protected int show(ErrorWords words) {
        removeAll();
        add(new H1(words.heading));
        words.paragraphs.forEach(paragraph -> add(new Paragraph(paragraph)));
        RouterLink home = new RouterLink("Go to the home page", HomeView.class);
        home.setId("error-home");
        add(new Paragraph(home));
        return words.status;
    }
}
