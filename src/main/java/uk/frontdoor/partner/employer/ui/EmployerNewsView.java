package uk.frontdoor.partner.employer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.news.NewsChoiceForm;
import uk.frontdoor.partner.employer.EmployerNews;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;

/** How the employer wants to be told that the council has answered about its registration or its offers. */
@Route(value = "employer/news", layout = MainLayout.class)
@PageTitle("How should we tell you there is news?")
@RolesAllowed(Roles.EMPLOYER)
class EmployerNewsView extends Div {

    EmployerNewsView(EmployerNews news) {
        add(new H1("How should we tell you there is news?"),
                new Paragraph("We can tell you when the council has checked your Fostering Friendly registration or "
                        + "answered about one of your offers. The message says only that there is news and gives a "
                        + "link to sign in: never a young person's name or what the council said."),
                new Paragraph("The choice is for everyone who signs in for your organisation."),
                new NewsChoiceForm(news));
    }
}
