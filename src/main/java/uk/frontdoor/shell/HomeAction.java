package uk.frontdoor.shell;

import com.vaadin.flow.component.Component;
import uk.frontdoor.security.CurrentUser;

/**
 * Something a feature offers on the home page to the people allowed to do it. Features declare beans. A council
 * side's action asks {@code CouncilAccess} (role and organisation), as its screen does: a link must not promise
 * a page that refuses the person.
 */
public interface HomeAction {
    String title();

    String description();

    Class<? extends Component> view();

    boolean isFor(CurrentUser user);

    static HomeAction of(String title, String description, Class<? extends Component> view,
            java.util.function.Predicate<CurrentUser> allowed) {
        return new HomeAction() {
            public String title() { return title; }
            public String description() { return description; }
            public Class<? extends Component> view() { return view; }
            public boolean isFor(CurrentUser user) { return allowed.test(user); }
        };
    }
}
