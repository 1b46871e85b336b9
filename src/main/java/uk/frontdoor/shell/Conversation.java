package uk.frontdoor.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.MessageText;

/** A message thread about one contact and a box to write the next message, for either side. */
public class Conversation extends Div {

    /** One message as the thread shows it. */
    public record Entry(String author, String text, Instant sentAt) {
    }

    public static final String MESSAGE_FIELD = MessageText.FIELD;

    private final UnorderedList thread = new UnorderedList();

    /**
     * @param send sends the text; returns the problems, or none when it was sent
     */
    public Conversation(String heading, String hint, List<Entry> entries, Function<String, List<FieldError>> send) {
        addClassName("fd-panel-section");
        thread.setId("messages");
        thread.addClassName("fd-messages");
        thread.getElement().setAttribute("aria-live", "polite");
        show(entries);
        ErrorSummary errors = new ErrorSummary();
        TextArea text = new CharacterCount("Your message", hint, MessageText.MAX);
        text.setId(MESSAGE_FIELD);
        Button sendButton = new Button("Send message", click -> {
            List<FieldError> problems = send.apply(text.getValue());
            errors.show(problems, Map.of(MESSAGE_FIELD, text));
            if (problems.isEmpty()) {
                text.clear();
            }
        });
        sendButton.setId("send-message");
        sendButton.addClassName("fd-button--secondary");
        add(new H2(heading), thread, errors, text, sendButton);
    }

    public void show(List<Entry> entries) {
        thread.removeAll();
        if (entries.isEmpty()) {
            thread.add(new ListItem("No messages yet."));
        }
        for (Entry entry : entries) {
            Span who = new Span(entry.author() + ", " + Dates.dateAndTime(entry.sentAt()));
            who.addClassName("fd-messages__who");
            ListItem item = new ListItem(who, new Paragraph(entry.text()));
            item.addClassName("fd-messages__item");
            thread.add(item);
        }
    }
}
