package uk.frontdoor.partner.education.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.frontdoor.partner.education.MissingEducationNotices;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.MainLayout;

/** The school's notices of pupils missing education this person may see, each with where it has got to. */
@Route(value = "education/notices", layout = MainLayout.class)
@PageTitle("Pupils missing education you told the council about")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD})
class MissingEducationNoticesView extends Div {

    MissingEducationNoticesView(MissingEducationNotices notices) {
        add(new H1("Pupils missing education you told the council about"));
        List<MissingEducationNotices.Notice> mine = notices.visibleTo(CurrentUser.signedIn());
        if (mine.isEmpty()) {
            add(new Paragraph("You have not told the council about a pupil missing education."));
        }
        UnorderedList list = new UnorderedList();
        for (MissingEducationNotices.Notice notice : mine) {
            String latest = notice.steps().isEmpty() ? "" : notice.steps().getLast().detail() == null
                    ? notice.steps().getLast().kind() : notice.steps().getLast().detail();
            list.add(new ListItem(new RouterLink(notice.reference() + ": " + notice.pupilName(),
                    MissingEducationNoticeView.class, notice.reference()), new Paragraph(latest)));
        }
        add(list);
    }
}
