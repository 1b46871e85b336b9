package uk.frontdoor.news;

import java.util.List;
import java.util.Optional;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;

/**
 * The news choice of one kind of person (carers, employers), as {@link NewsChoiceForm} shows and saves it: every
 * method first asks the subclass who the signed-in person may speak for ({@link #holderFor}), which refuses anyone
 * of another role or organisation, so nobody reads or changes a choice that is not theirs.
 */
public abstract class WhoseNews {

    private final Audience audience;
    private final NewsChoices choices;
    private final NewsChoiceStore store;

    protected WhoseNews(Audience audience, NewsChoices choices, NewsChoiceStore store) {
        this.audience = audience;
        this.choices = choices;
        this.store = store;
    }

    /** The holder whose choice this person may read and change; throws AccessDeniedException for anyone else. */
    protected abstract String holderFor(CurrentUser user);

    /** The ways this person may choose. */
    public List<HowToTell> offered(CurrentUser user) {
        holderFor(user);
        return choices.offeredTo(user);
    }

    /** What this person (or their organisation) chose, if anything yet. */
    public Optional<NewsChoice> choice(CurrentUser user) {
        return store.choice(audience, holderFor(user));
    }

    /** Records the choice, checked again on the server; the problems, empty when it was saved. */
    public List<FieldError> choose(CurrentUser user, HowToTell how, String mobileTyped) {
        return store.choose(audience, holderFor(user), user, how, mobileTyped);
    }
}
