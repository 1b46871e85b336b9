package uk.frontdoor.partner.education.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.partner.education.MissingEducationNotices;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.Timeline;

/** One notice of a pupil missing education and each step the council has taken, updating live. */
@Route(value = "education/notice", layout = MainLayout.class)
@PageTitle("Pupil missing education")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD})
class MissingEducationNoticeView extends Div implements HasUrlParameter<String> {

    private final MissingEducationNotices notices;
    private final LiveUpdates liveUpdates;
    private final Timeline timeline = new Timeline();
    private String reference;

    MissingEducationNoticeView(MissingEducationNotices notices, LiveUpdates liveUpdates) {
        this.notices = notices;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        this.reference = reference;
        removeAll();
        var notice = notices.find(CurrentUser.signedIn(), reference);
        if (notice.isEmpty()) {
            add(new H1("Page not found"), new Paragraph("There is no notice with that reference that you can see."));
            return;
        }
        add(new H1("Pupil missing education " + reference), new Paragraph("About " + notice.get().pupilName()
                + ". Sent by " + notice.get().raisedBy() + "."), timeline);
        show(notice.get());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (reference != null) {
            liveUpdates.subscribe(this, reference, () -> notices.find(CurrentUser.signedIn(), reference).ifPresent(this::show));
        }
    }

    private void show(MissingEducationNotices.Notice notice) {
        timeline.show(notice.steps().stream().map(step -> new Timeline.Step(switch (step.kind()) {
            case "sent" -> "Sent to the council";
            case "received" -> "The children missing education officer has it";
            case "enquiry" -> "The officer made an enquiry";
            case "outcome" -> "The officer has an outcome";
            default -> step.kind();
        }, step.at(), step.detail())).toList());
    }
}
