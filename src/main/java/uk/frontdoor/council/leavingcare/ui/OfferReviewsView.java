package uk.frontdoor.council.leavingcare.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import uk.frontdoor.council.leavingcare.OfferReviews;
import uk.frontdoor.council.leavingcare.OfferToReview;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.LiveUpdates;
import uk.frontdoor.shell.ListOrNone;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.SummaryList;
import uk.frontdoor.validation.FieldError;

/** The leaving care team's list of employers' offers waiting for review: approve and publish, or return with questions. */
@Route(value = "offer-reviews", layout = MainLayout.class)
@PageTitle("Employers' offers to review")
@RolesAllowed(Roles.LEAVING_CARE_TEAM)
class OfferReviewsView extends Div {

    private final OfferReviews reviews;
    private final LiveUpdates liveUpdates;
    private final ErrorSummary errors = new ErrorSummary();
    private final Div list = new Div();
    private final Paragraph done = new Paragraph();

    OfferReviewsView(OfferReviews reviews, LiveUpdates liveUpdates) {
        this.reviews = reviews;
        this.liveUpdates = liveUpdates;
        list.setId("offers-to-review");
        done.setId("review-done");
        done.addClassName("fd-inset");
        done.setVisible(false);
        done.getElement().setAttribute("role", "status");
        add(errors, new H1("Employers' offers to review"), done, list);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        liveUpdates.subscribe(this, OfferReviews.TOPIC, this::refresh);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        ListOrNone.show(list, reviews.waiting(CurrentUser.signedIn()), "There are no offers waiting for review.",
                this::section);
    }

    private Div section(OfferToReview offer) {
        String id = offer.id().toString();
        Div section = new Div();
        section.setId("review-" + id);
        TextArea questions = new TextArea("Your questions for the employer (needed to return it)");
        String questionsId = OfferReviews.COMMENT + "-" + id;
        questions.setId(questionsId);
        questions.setMaxLength(OfferReviews.COMMENT_MAX);
        Button approve = new Button("Approve and publish", click -> decided(offer,
                reviews.approve(CurrentUser.signedIn(), offer.id()), Map.of(), "Approved and published"));
        approve.setId("approve-" + id);
        approve.addClassName("fd-button");
        approve.getElement().setAttribute("aria-label", "Approve and publish: " + offer.title());
        Button giveBack = new Button("Return with questions", click -> decided(offer,
                reviews.returnWithQuestions(CurrentUser.signedIn(), offer.id(), questions.getValue()).stream()
                        .map(error -> OfferReviews.COMMENT.equals(error.field())
                                ? new FieldError(questionsId, error.message()) : error)
                        .toList(),
                Map.of(questionsId, questions), "Returned with questions"));
        giveBack.setId("return-" + id);
        giveBack.addClassName("fd-button--secondary");
        giveBack.getElement().setAttribute("aria-label", "Return with questions: " + offer.title());
        section.add(new H2(offer.title()), details(offer).row("Received", Dates.dateAndTime(offer.receivedAt())),
                approve, questions, giveBack);
        return section;
    }

    /** The offer as a summary list, as both of the leaving care team's offer pages show it. */
    static SummaryList details(OfferToReview offer) {
        return new SummaryList()
                .row("Employer", offer.employerName())
                .row("Type", offer.type().label())
                .row("Where", offer.where())
                .row("Hours", offer.hours())
                .row("Ages", offer.ageFrom() + " to " + offer.ageTo())
                .row("Closing date", Dates.day(offer.closingDate()))
                .row("Guaranteed interview", offer.guaranteedInterview() ? "Yes" : "No")
                .row("Places", Integer.toString(offer.places()))
                .row("Description", offer.description());
    }

    private void decided(OfferToReview offer, List<FieldError> problems,
            Map<String, ? extends com.vaadin.flow.component.Component> fields, String outcome) {
        errors.show(problems, fields);
        if (problems.isEmpty()) {
            done.setText(outcome + ": " + offer.title() + " from " + offer.employerName());
            done.setVisible(true);
            refresh();
        }
    }
}
