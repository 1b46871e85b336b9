package uk.frontdoor.council.education.ui;

import com.vaadin.flow.component.AttachEvent;
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
import uk.frontdoor.council.education.MissingEducationCases;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;

/** The officer's open cases, the longest missing first; those past the flag say so first. */
@Route(value = "education/cases", layout = MainLayout.class)
@PageTitle("Children missing education")
@RolesAllowed(Roles.CME_OFFICER)
class CmeCasesView extends Div {

    private final MissingEducationCases cases;
    private final LiveUpdates liveUpdates;

    CmeCasesView(MissingEducationCases cases, LiveUpdates liveUpdates) {
        this.cases = cases;
        this.liveUpdates = liveUpdates;
        show();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.subscribe(this, MissingEducationCases.TOPIC, this::show);
    }

    private void show() {
        removeAll();
        add(new H1("Children missing education"));
        List<MissingEducationCases.Case> open = cases.open(CurrentUser.signedIn());
        if (open.isEmpty()) {
            add(new Paragraph("No school is waiting to hear about a pupil missing education."));
        }
        UnorderedList list = new UnorderedList();
        list.setId("cme-cases");
        for (MissingEducationCases.Case each : open) {
            list.add(new ListItem(new RouterLink(each.reference() + ": " + each.pupilName(), CmeCaseView.class,
                    each.id().toString()), new Paragraph(CmeCaseView.missing(each) + " From " + each.schoolName() + ".")));
        }
        add(list);
    }
}
