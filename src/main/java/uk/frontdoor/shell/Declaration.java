package uk.frontdoor.shell;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The end of GOV.UK "check your answers": "Now send ...", what sending confirms, and the send button. The button
 * is disabled by the first click, in the browser and on the server, so a double tap sends once; the page enables
 * it again only when sending did not happen.
 */
public class Declaration extends Div {

    public Declaration(String heading, String confirms, String send, String id,
            ComponentEventListener<ClickEvent<Button>> onSend) {
        Button button = new Button(send, onSend);
        button.setId(id);
        button.addClassName("fd-button");
        button.setDisableOnClick(true);
        add(new H2(heading), new Paragraph(confirms), button);
    }
}
