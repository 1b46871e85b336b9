package uk.frontdoor.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import uk.frontdoor.validation.FieldError;

/**
 * GOV.UK error summary: "There is a problem", each error a link that moves focus to its field. It takes
 * focus when shown so screen reader users hear it first.
 */
public class ErrorSummary extends Div {

    public static final String TITLE = "There is a problem";

    private final UnorderedList list = new UnorderedList();

    public ErrorSummary() {
        addClassName("fd-error-summary");
        setId("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        H2 title = new H2(TITLE);
        title.addClassName("fd-error-summary__title");
        add(title, list);
        setVisible(false);
        // A link to a field on this page puts the cursor in the field (a bare #id only scrolls to it), with
        // its label in view. Listens on the summary, so it holds for links added later; set up on each attach
        // because the browser gets a new element when a view is rebuilt.
        addAttachListener(attach -> getElement().executeJs("""
                this.addEventListener('click', event => {
                  const link = event.target.closest('a[href^="#"]');
                  const target = link && document.getElementById(link.getAttribute('href').substring(1));
                  if (!target) return;
                  event.preventDefault();
                  const input = target.querySelector('input:not([type=hidden]), textarea') || target;
                  input.focus({preventScroll: true});
                  target.scrollIntoView({block: 'start'});
                });"""));
    }

    /** Shows the errors, marks each field invalid with its message, and clears fields that are now right. */
    public void show(List<FieldError> errors, Map<String, ? extends Component> fields) {
        show(errors, fields, error -> "#" + error.field());
    }

    /** As {@link #show(List, Map)}, with links that may lead to another page (check your answers). */
    public void show(List<FieldError> errors, Map<String, ? extends Component> fields,
            java.util.function.Function<FieldError, String> href) {
        list.removeAll();
        fields.values().forEach(field -> mark(field, null));
        for (FieldError error : errors) {
            Anchor link = new Anchor(href.apply(error), error.message());
            list.add(new ListItem(link));
            Component field = fields.get(error.field());
            if (field != null) {
                mark(field, error.message());
            }
        }
        setVisible(!errors.isEmpty());
        if (!errors.isEmpty()) {
            getElement().callJsFunction("focus");
        }
        // GOV.UK: the page title starts with "Error: " while there are errors, so it is heard first.
        getElement().executeJs("document.title = ($0 ? 'Error: ' : '') + document.title.replace(/^Error: /, '')",
                !errors.isEmpty());
    }

    public List<String> messages() {
        return list.getChildren().map(item -> ((Anchor) item.getChildren().findFirst().orElseThrow()).getText()).toList();
    }

    private static void mark(Component field, String message) {
        if (field instanceof HasValidation validated) {
            validated.setInvalid(message != null);
            validated.setErrorMessage(message == null ? null : "Error: " + message);
        }
    }
}
