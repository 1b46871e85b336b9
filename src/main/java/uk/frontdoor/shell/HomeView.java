package uk.frontdoor.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import uk.frontdoor.security.CurrentUser;

/** Where each person lands after signing in: the things their role can do, and nothing else. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Front door")
@PermitAll
class HomeView extends Div {

    HomeView(List<HomeAction> actions) {
        CurrentUser user = CurrentUser.signedIn();
        add(new H1("What do you want to do?"));
        Div list = new Div();
        list.addClassName("fd-actions");
        actions.stream().filter(action -> action.isFor(user)).forEach(action -> {
            RouterLink link = new RouterLink(action.title(), action.view());
            link.addClassName("fd-action__link");
            Div item = new Div(link, new Paragraph(action.description()));
            item.addClassName("fd-action");
            list.add(item);
        });
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph("There is nothing for your role here yet."));
        }
        add(list);
    }
}
