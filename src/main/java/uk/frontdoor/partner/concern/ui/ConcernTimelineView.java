package uk.frontdoor.partner.concern.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.ReferrerRequest;
import uk.frontdoor.partner.concern.Factor;
import uk.frontdoor.partner.concern.TimelineEntry;
import uk.frontdoor.outbound.ExternalDeliveries;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Conversation;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.SummaryList;
import uk.frontdoor.shell.Timeline;

/** What has happened to one concern, updating live as acknowledgements arrive. */
@Route(value = "concerns", layout = MainLayout.class)
@PageTitle("Your concern")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD, Roles.GP})
class ConcernTimelineView extends Div implements HasUrlParameter<String> {

    static final String PATH = "concerns/";

    private final ConcernService concerns;
    private final LiveUpdates liveUpdates;
    private final ExternalDeliveries externalDeliveries;
    private final Timeline timeline = new Timeline();
    private final Paragraph councilReference = new Paragraph();
    /** "Do you disagree with the decision?": shown while the latest decision can be challenged. */
    private final Paragraph disagree = new Paragraph();
    private String reference;
    private Conversation conversation;

    ConcernTimelineView(ConcernService concerns, LiveUpdates liveUpdates, ExternalDeliveries externalDeliveries) {
        this.concerns = concerns;
        this.liveUpdates = liveUpdates;
        this.externalDeliveries = externalDeliveries;
        councilReference.setId("council-reference");
        disagree.setId("disagree");
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        this.reference = reference;
        removeAll();
        var concern = concerns.find(CurrentUser.signedIn(), reference);
        if (concern.isEmpty()) {
            add(new H1("Page not found"), new Paragraph("There is no concern with that reference that you can see."));
            return;
        }
        CurrentUser user = CurrentUser.signedIn();
        conversation = new Conversation("Messages with ChAD",
                "For anything ChAD should know about this concern. If a child is in immediate danger, call 999.",
                entries(user), text -> concerns.sendMessage(user, reference, text));
        boolean advice = ConcernService.ADVICE_REQUEST.equals(concern.get().childName());
        Anchor back = new Anchor(MyConcernsView.PATH, "Back");
        back.addClassName("fd-back-link");
        back.getElement().setAttribute("router-link", true);
        add(back, new H1((advice ? "Request for advice " : "Concern ") + reference),
                new Paragraph(advice ? "A social worker will call you back." : "About " + concern.get().childName()),
                councilReference, timeline, disagree);
        // Only to the one who sent it, in check your answers' words; the page's opening was audited by find.
        concerns.sentBy(user, reference).ifPresent(sent -> add(new H2("What you sent"), whatYouSent(sent)));
        concerns.adviceSentBy(user, reference).ifPresent(sent -> add(new H2("What you asked"), new SummaryList()
                .row("Your question", sent.question())
                .row("You would like", ReferrerRequest.inWords(sent.request(), null))
                .row("Phone number to call you back on", sent.callbackPhone())
                .row("When is best to call", sent.bestTime())));
        add(conversation, new Paragraph(new Span("All your concerns are in "), MyConcernsView.link(), new Span(".")));
        show(concern.get().timeline());
        showDisagree(concern.get());
    }

    private static SummaryList whatYouSent(ConcernAnswers sent) {
        SummaryList list = new SummaryList()
                .row("The child", sent.childName())
                .row("Worried about", Factor.labelsOf(sent.getFactors()))
                .row("What you saw or heard", sent.getWhatHappened());
        AnswersInWords.AS_SENT.whatYouAsk(list, sent);
        AnswersInWords.AS_SENT.moreAboutTheChild(list, sent);
        return list;
    }

    private void showDisagree(uk.frontdoor.partner.concern.ConcernSummary concern) {
        disagree.removeAll();
        if (concern.mayBeChallenged()) {
            Anchor link = new Anchor(DisagreeView.PATH + reference, "Tell ChAD you disagree with the decision");
            link.getElement().setAttribute("router-link", true);
            disagree.add(new Span("Do you think the decision is wrong? "), link);
        }
        disagree.setVisible(concern.mayBeChallenged());
    }

    /** Subscribes, then reloads once: anything that landed between the first load and now is not missed. */
    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.subscribe(this, reference, this::refresh);
        refresh();
    }

    private void refresh() {
        CurrentUser user = CurrentUser.signedIn();
        concerns.lookup(user, reference).ifPresent(summary -> {
            show(summary.timeline());
            showDisagree(summary);
            conversation.show(entries(user));
        });
    }

    private List<Conversation.Entry> entries(CurrentUser user) {
        return concerns.messages(user, reference).stream()
                .map(message -> new Conversation.Entry(message.author(),
                        message.text(), message.sentAt()))
                .toList();
    }

    private void show(List<TimelineEntry> entries) {
        // Where the council's case-management system takes contacts, its own reference is what ChAD will ask for.
        String ours = externalDeliveries.externalReference(reference).orElse(null);
        councilReference.setText(ours == null ? "" : "ChAD's case reference: " + ours + ". Give it if you call them.");
        councilReference.setVisible(ours != null);
        timeline.show(entries.stream()
                .map(entry -> new Timeline.Step(entry.status().label(), entry.occurredAt(), entry.detail())).toList());
    }
}
