package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernDraft;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.partner.concern.ConcernStep;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.validation.FieldError;

/**
 * One page of "Raise a concern" (GOV.UK question page): back link, error summary, the question as the
 * heading, its fields, Continue. Each change and every Continue save the draft on the server, valid or not.
 */
abstract class ConcernPage extends Div implements BeforeEnterObserver {

    static final String CHANGE = "change";

    protected final ConcernDrafts drafts;
    protected final Map<String, Component> fields = new LinkedHashMap<>();
    private final ConcernStep step;
    private final String question;
    private final ErrorSummary errorSummary = new ErrorSummary();
    protected ConcernDraft draft;
    private boolean changing;

    ConcernPage(ConcernDrafts drafts, ConcernStep step, String question) {
        this.drafts = drafts;
        this.step = step;
        this.question = question;
        addClassName("fd-question-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var current = drafts.current(CurrentUser.signedIn());
        if (current.isEmpty()) {
            event.forwardTo(RaiseConcernView.class);
            return;
        }
        draft = current.get();
        changing = event.getLocation().getQueryParameters().getParameters().containsKey(CHANGE);
        removeAll();
        fields.clear();
        Anchor back = new Anchor(changing ? ConcernStep.CHECK.path() : previousPath(), "Back");
        back.addClassName("fd-back-link");
        back.getElement().setAttribute("router-link", true);
        Span caption = new Span("Raise a concern about a child");
        caption.addClassName("fd-caption");
        H1 heading = new H1(question);
        add(back, errorSummary, caption, heading);
        buildQuestion(draft.answers());
        keepAsChanged(this);
        Button next = new Button("Continue", click -> saveAndContinue());
        next.addClassName("fd-button");
        next.setId("continue");
        add(next);
        if (skippable()) {
            Button skip = new Button("Skip this", click -> {
                skip(draft.answers());
                goOn();
            });
            skip.addClassName("fd-button--secondary");
            skip.setId("skip");
            add(skip);
        }
    }

    /** Whether the whole page is optional, with "Skip this" beside Continue: one tap either way. */
    protected boolean skippable() {
        return false;
    }

    /** Forgets the page's answers, for "Skip this" on a {@link #skippable()} page. */
    protected void skip(ConcernAnswers answers) {
    }

    /** Adds the page's fields, filled from the draft. Register each under its validator field id. */
    protected abstract void buildQuestion(ConcernAnswers answers);

    /** Copies what the person entered into the answers. */
    protected abstract void readAnswers(ConcernAnswers answers);

    protected <C extends Component> C field(String id, C component) {
        component.setId(id);
        fields.put(id, component);
        add(component);
        return component;
    }

    /**
     * Saves each answer as it changes (a text field when it loses focus, a long text after a pause in typing, a
     * choice when tapped), so a phone that drops its signal before Continue loses nothing.
     */
    protected void keepAsChanged(Component parent) {
        parent.getChildren().forEach(child -> {
            if (child instanceof HasValue<?, ?> answer) {
                answer.addValueChangeListener(change -> keep());
            } else {
                keepAsChanged(child);
            }
        });
    }

    /** Keeps what is on the page in the draft, valid or not. */
    protected void keep() {
        readAnswers(draft.answers());
        drafts.keep(CurrentUser.signedIn(), draft.id(), draft.answers());
    }

    private void saveAndContinue() {
        readAnswers(draft.answers());
        goOn();
    }

    private void goOn() {
        List<FieldError> problems = drafts.save(CurrentUser.signedIn(), draft.id(), step, draft.answers());
        errorSummary.show(problems, fields);
        if (problems.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(nextPath(draft.answers())));
        }
    }

    /** Where Continue leads: back to check your answers when changing one, otherwise the next page. */
    protected String nextPath(ConcernAnswers answers) {
        return changing ? ConcernStep.CHECK.path() : step.next().path();
    }

    private String previousPath() {
        return step.ordinal() == 0 ? RaiseConcernView.PATH : ConcernStep.values()[step.ordinal() - 1].path();
    }

    static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
