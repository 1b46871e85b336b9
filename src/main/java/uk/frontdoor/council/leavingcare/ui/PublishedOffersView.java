package uk.frontdoor.council.leavingcare.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.frontdoor.council.leavingcare.OfferReviews;
import uk.frontdoor.council.leavingcare.OfferToReview;
import uk.frontdoor.partner.employer.OfferType;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.MemorableDate;
import uk.frontdoor.validation.FieldError;

/**
 * Published offers that are still open, for the leaving care team and its personal advisers: search by type,
 * place and closing date, and tell an employer that a young person is interested (never who).
 */
@Route(value = "offers", layout = MainLayout.class)
@PageTitle("Offers for care-experienced young people")
@RolesAllowed(Roles.LEAVING_CARE_TEAM)
class PublishedOffersView extends Div {

    static final String ANY = "ANY";
    static final String TYPE = "search-type";
    static final String PLACE = "search-place";
    static final String CLOSING_AFTER = "search-closing-after";

    private final OfferReviews reviews;
    private final ErrorSummary errors = new ErrorSummary();
    private final Div results = new Div();
    private final Paragraph done = new Paragraph();
    private final RadioButtonGroup<String> type = new RadioButtonGroup<>("Type of offer");
    private final TextField place = new TextField("Town or postcode contains");
    private final MemorableDate closingAfter = new MemorableDate(CLOSING_AFTER, "Closing on or after",
            "For example, 27 3 2027. Leave it empty for every open offer.");

    PublishedOffersView(OfferReviews reviews) {
        this.reviews = reviews;
        results.setId("published-offers");
        done.setId("interest-done");
        done.addClassName("fd-inset");
        done.setVisible(false);
        done.getElement().setAttribute("role", "status");
        type.setId(TYPE);
        List<String> codes = new ArrayList<>(List.of(ANY));
        for (OfferType offerType : OfferType.values()) {
            codes.add(offerType.name());
        }
        type.setItems(codes);
        type.setItemLabelGenerator(code -> ANY.equals(code) ? "Any type" : OfferType.valueOf(code).label());
        type.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        type.setValue(ANY);
        place.setId(PLACE);
        place.setMaxLength(120);
        Button search = new Button("Search", click -> search());
        search.setId("search-offers");
        search.addClassName("fd-button");
        add(errors, new H1("Offers for care-experienced young people"),
                new Paragraph("Published offers from employers that have not closed yet. If a young person is "
                        + "interested, tell the employer here: they are told only that a young person is interested, "
                        + "and you contact them."),
                done, type, place, closingAfter, search, new H2("Open offers"), results);
        search();
    }

    private void search() {
        LocalDate after = null;
        boolean anyDate = !closingAfter.day().getValue().isBlank() || !closingAfter.month().getValue().isBlank()
                || !closingAfter.year().getValue().isBlank();
        if (anyDate) {
            try {
                after = LocalDate.of(Integer.parseInt(closingAfter.year().getValue().strip()),
                        Integer.parseInt(closingAfter.month().getValue().strip()),
                        Integer.parseInt(closingAfter.day().getValue().strip()));
            } catch (NumberFormatException | DateTimeException notADate) {
                errors.show(List.of(new FieldError(CLOSING_AFTER, "The date must be a real date, like 27 3 2027")),
                        Map.of(CLOSING_AFTER, closingAfter));
                return;
            }
        }
        errors.show(List.of(), Map.of(CLOSING_AFTER, closingAfter));
        String code = type.getValue();
        List<OfferToReview> found = reviews.published(CurrentUser.signedIn(),
                code == null || ANY.equals(code) ? null : OfferType.valueOf(code), place.getValue(), after);
        results.removeAll();
        results.add(new Paragraph(found.size() == 1 ? "1 offer" : found.size() + " offers"));
        for (OfferToReview offer : found) {
            String id = offer.id().toString();
            Div section = new Div();
            section.setId("published-" + id);
            Button interested = new Button("Tell the employer a young person is interested", click -> {
                List<FieldError> problems = reviews.tellInterest(CurrentUser.signedIn(), offer.id());
                errors.show(problems, Map.of());
                if (problems.isEmpty()) {
                    done.setText("The employer has been told a young person is interested in " + offer.title());
                    done.setVisible(true);
                }
            });
            interested.setId("interest-" + id);
            interested.addClassName("fd-button--secondary");
            interested.getElement().setAttribute("aria-label",
                    "Tell the employer a young person is interested: " + offer.title());
            section.add(new com.vaadin.flow.component.html.H3(offer.title()), OfferReviewsView.details(offer), interested);
            results.add(section);
        }
    }
}
