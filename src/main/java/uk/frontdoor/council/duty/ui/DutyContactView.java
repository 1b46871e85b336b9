package uk.frontdoor.council.duty.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.UUID;
import static uk.frontdoor.council.duty.ui.SentWords.text;

import uk.frontdoor.council.duty.DutyContact;
import uk.frontdoor.council.duty.DutyContactDetails;
import uk.frontdoor.council.duty.DutyDecisions;
import uk.frontdoor.contract.AdviceRequestV1;
import uk.frontdoor.contract.ContactV1;
import uk.frontdoor.contract.Referrer;
import uk.frontdoor.council.duty.Challenges;
import uk.frontdoor.council.duty.DutyMessages;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Conversation;
import uk.frontdoor.council.duty.DutyInbox;
import uk.frontdoor.council.duty.matching.ContactHistory;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.SummaryList;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.UnsavedInput;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.shared.Registration;

/** One contact, as the referrer sent it. Opening it is audited and tells the referrer it is being looked at. */
@Route(value = "duty/contact", layout = MainLayout.class)
@PageTitle("Contact")
@RolesAllowed({Roles.DUTY_SOCIAL_WORKER, Roles.DUTY_MANAGER})
class DutyContactView extends Div implements HasUrlParameter<String> {

    private final DutyInbox inbox;
    private final DutyDecisions decisions;
    private final ContactHistory history;
    private final DutyMessages messages;
    private final Challenges challenges;
    private final LiveUpdates liveUpdates;
    private final UnsavedInput unsaved = new UnsavedInput();
    private String id;
    private Registration live;

    DutyContactView(DutyInbox inbox, DutyDecisions decisions, ContactHistory history, DutyMessages messages,
            Challenges challenges, LiveUpdates liveUpdates) {
        this.challenges = challenges;
        this.liveUpdates = liveUpdates;
        this.messages = messages;
        this.inbox = inbox;
        this.decisions = decisions;
        this.history = history;
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        this.id = id;
        if (isAttached()) { // another contact in the same view: the first opening builds on attach
            listen();
            show();
        }
    }

    /** Subscribes, then loads: a step taken between the navigation and now is not missed, and the page loads once. */
    @Override
    protected void onAttach(AttachEvent attach) {
        listen();
        refresh();
    }

    /** A colleague's step (a sign-off, a return, a message) rebuilds the page, keeping what the person had typed. */
    private void listen() {
        if (live != null) {
            live.remove();
        }
        live = parse(id).map(uuid -> liveUpdates.subscribe(this, DutyInbox.contactTopic(uuid), this::refresh)).orElse(null);
    }

    private void refresh() {
        build();
        unsaved.restore(this);
    }

    /** After the person's own step: what they typed is saved. */
    private void show() {
        unsaved.forget();
        build();
    }

    private void build() {
        removeAll();
        Optional<DutyContactDetails> details = parse(id).flatMap(uuid -> inbox.open(CurrentUser.signedIn(), uuid));
        if (details.isEmpty()) {
            add(new H1("Page not found"));
            return;
        }
        DutyContact contact = details.get().contact();
        add(new H1(contact.reference() + ": " + contact.childName()));
        add(new Paragraph("Received " + Dates.dateAndTime(contact.receivedAt())
                + (contact.urgent() ? ". Urgent: the referrer sees acute need." : "")));
        // What must not be shared with the family, before anything else: a duty worker about to call the family
        // reads it first.
        int first = 2;
        ContactV1.AboutChild about = details.get().concern() == null ? null : details.get().concern().aboutChild();
        if (about != null && about.notToBeShared() != null) {
            Div warning = new Div(new H2("Must not be shared with the family"), new Paragraph(about.notToBeShared()));
            warning.addClassNames("fd-warning-panel", "fd-break");
            warning.setId("not-to-be-shared");
            add(warning);
            first++;
        }
        // Why they contacted ChAD, next: what they would like to happen and what the child says.
        String childsVoice = details.get().concern() == null ? "" : text(details.get().concern().childsVoice());
        if (!SentWords.request(details.get().request()).isEmpty() || !childsVoice.isEmpty()) {
            add(new H2("What the referrer would like to happen"), rows(
                    "They would like", SentWords.request(details.get().request()), "What the child says", childsVoice));
        }
        if (contact.adviceRequest()) {
            showAdviceRequest(details.get().advice(), contact);
        } else {
            showConcern(details.get().concern(), contact);
        }
        // A referrer who disagrees with the decision waits for a duty manager's answer: shown before the rest.
        int at = first;
        challenges.openOn(CurrentUser.signedIn(), contact.id())
                .ifPresent(challenge -> addComponentAtIndex(at, new ChallengePanel(challenges, challenge, this::show)));
        add(new H2("Referrer"), referrer(details.get().referrer()));
        add(conversation(contact), new ContactRecordPanel(inbox.history(CurrentUser.signedIn(), contact.id())));
        unsaved.watch(this);
    }

    private void showConcern(ContactV1 sent, DutyContact contact) {
        ContactV1.Child child = sent.child();
        ContactV1.Concern concern = sent.concern();
        ContactV1.Parents parents = sent.parents();
        add(new H2("Child"), rows(
                "Name", contact.childName(),
                "Date of birth", SentWords.date(child.dateOfBirth()), "Approximate age", SentWords.approximateAge(child.approximateAge()),
                "Address", text(child.address()) + ", " + text(child.postcode()),
                "School", text(child.school()), "NHS number", text(child.nhsNumber()),
                "Unique pupil number", text(child.pupilNumber())));
        ContactV1.AboutChild about = sent.aboutChild();
        if (about != null) {
            SummaryList more = rows(
                    "Gender", SentWords.gender(about.gender()), "Ethnicity", SentWords.ethnicity(about.ethnicity()),
                    "First language", text(about.firstLanguage()),
                    "Interpreter needed", SentWords.yesNo(about.interpreterNeeded()),
                    "Disability", SentWords.disability(about.disability()),
                    "About the disability", text(about.disabilityDetail()), "GP practice", text(about.gpPractice()),
                    "Who lives with the child", text(about.household()),
                    "Parental responsibility", text(about.parentalResponsibility()));
            SentWords.household(more, about.householdMembers());
            if (more.getChildren().findAny().isPresent()) {
                add(new H2("More about the child"), more);
            }
        }
        add(new H2("Concern"), rows(
                "Worries (CIN codes)", SentWords.factors(concern.factors()),
                "What they saw or heard", text(concern.whatHappened()),
                "When it happened", SentWords.date(concern.whenHappened()),
                "What they have done", text(concern.actionTaken()),
                "Referrer's view of the level of need", SentWords.levelOfNeed(sent.levelOfNeed())));
        add(new H2("Parents and carers"), rows(
                "Know about the contact", parents.know() ? "Yes" : "No",
                "Do they agree", SentWords.parentsAgree(parents.agree()),
                "Why they were not told", SentWords.notToldReason(parents.notToldReason()),
                "Explanation", text(parents.notToldExplanation())));
        // The whole picture before deciding: earlier contacts about the child, then triage and the decision.
        add(new EarlierContactsSection(history, contact.id()), new TriagePanel(inbox, contact, this::show),
                new DecisionPanel(decisions, contact, this::show));
    }

    /** A consultation: the question and how to call back, then the advice given. */
    private void showAdviceRequest(AdviceRequestV1 sent, DutyContact contact) {
        add(new H2("They would like advice about"), rows("Question", text(sent.question()))
                .callableRow("Call back on", text(sent.callbackPhone()))
                .row("Best time to call", text(sent.bestTime())));
        add(new TriagePanel(inbox, contact, this::show), new AdvicePanel(decisions, contact, this::show));
    }

    private static SummaryList referrer(Referrer referrer) {
        return rows("Name", text(referrer.name()), "Role", SentWords.role(referrer.role()),
                "Organisation", text(referrer.organisationName()), "Email", text(referrer.email()),
                "Contact source (CIN code)", text(referrer.referralSource()));
    }

    private Conversation conversation(DutyContact contact) {
        CurrentUser user = CurrentUser.signedIn();
        return new Conversation("Messages with the referrer",
                "The referrer reads this in the portal. Ask what you need to know; tell them what they need to do.",
                messages.messages(user, contact.id()).stream()
                        .map(message -> new Conversation.Entry(message.author(), message.text(), message.sentAt()))
                        .toList(),
                text -> {
                    var problems = messages.reply(user, contact.id(), text);
                    if (problems.isEmpty()) {
                        show();
                    }
                    return problems;
                });
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static SummaryList rows(String... labelsAndValues) {
        SummaryList list = new SummaryList();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            list.row(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return list;
    }
}
