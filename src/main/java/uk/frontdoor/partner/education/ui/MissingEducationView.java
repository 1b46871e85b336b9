package uk.frontdoor.partner.education.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import uk.frontdoor.partner.education.MissingEducationForm;
import uk.frontdoor.partner.education.MissingEducationNotices;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.CharacterCount;
import uk.frontdoor.shell.ErrorSummary;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.MemorableDate;
import uk.frontdoor.shell.PhoneLink;

/**
 * A school tells the council a pupil is missing education: not a safeguarding concern by itself. A safeguarding worry
 * is said here too, and the school is asked to raise it as a concern as well.
 */
@Route(value = "education/missing", layout = MainLayout.class)
@PageTitle("Tell the council a pupil is missing education")
@RolesAllowed({Roles.TEACHER, Roles.SAFEGUARDING_LEAD})
class MissingEducationView extends Div {

    MissingEducationView(MissingEducationNotices notices) {
        ErrorSummary errors = new ErrorSummary();
        add(errors, new H1("Tell the council a pupil is missing education"),
                new Paragraph("For a pupil who has stopped attending and whom the school cannot reach. The council's "
                        + "children missing education officer will try to find them and tell you each step."),
                new Paragraph(PhoneLink.within("If a child is in immediate danger, call 999.")));
        TextField first = text(MissingEducationForm.FIRST_NAME, "Pupil's first name", 100);
        TextField last = text(MissingEducationForm.LAST_NAME, "Pupil's last name", 100);
        MemorableDate born = new MemorableDate(MissingEducationForm.DATE_OF_BIRTH, "Date of birth", "For example, 3 2 2015");
        TextArea address = new CharacterCount("Last known address (optional)", "The address the school has.", 500);
        address.setId(MissingEducationForm.ADDRESS);
        TextField upn = text(MissingEducationForm.PUPIL_NUMBER, "Unique pupil number (optional)", 13);
        MemorableDate lastDay = new MemorableDate(MissingEducationForm.LAST_ATTENDED, "Last day the pupil attended",
                "For example, 2 11 2026");
        TextArea tried = new CharacterCount("What has the school tried?",
                "Calls, letters, home visits, other contacts: when, and what happened.", MissingEducationForm.LONG_TEXT_MAX);
        tried.setId(MissingEducationForm.TRIED);
        TextArea move = new CharacterCount("Do you know of a move? (optional)",
                "Another school, town or country you have heard of, and from whom.", MissingEducationForm.LONG_TEXT_MAX);
        move.setId(MissingEducationForm.KNOWN_MOVE);
        RadioButtonGroup<String> worry = new RadioButtonGroup<>("Do you have a safeguarding worry about this pupil?");
        worry.setId(MissingEducationForm.SAFEGUARDING_WORRY);
        worry.setItems("yes", "no");
        worry.setItemLabelGenerator(code -> "yes".equals(code) ? "Yes" : "No");
        Paragraph raiseIt = new Paragraph("Raise a concern about the pupil as well, so ChAD decides what happens next "
                + "within one working day: a pupil missing education with a safeguarding worry is a concern.");
        raiseIt.setVisible(false);
        worry.addValueChangeListener(change -> raiseIt.setVisible("yes".equals(change.getValue())));
        Button send = new Button("Send to the council", click -> {
            MissingEducationForm form = new MissingEducationForm(first.getValue(), last.getValue(), iso(born),
                    address.getValue(), upn.getValue(), iso(lastDay), tried.getValue(), move.getValue(), worry.getValue());
            MissingEducationNotices.Told told = notices.tell(CurrentUser.signedIn(), form);
            errors.show(told.errors(), Map.of(MissingEducationForm.FIRST_NAME, first, MissingEducationForm.LAST_NAME, last,
                    MissingEducationForm.DATE_OF_BIRTH, born, MissingEducationForm.ADDRESS, address,
                    MissingEducationForm.PUPIL_NUMBER, upn, MissingEducationForm.LAST_ATTENDED, lastDay,
                    MissingEducationForm.TRIED, tried, MissingEducationForm.KNOWN_MOVE, move,
                    MissingEducationForm.SAFEGUARDING_WORRY, worry));
            if (told.errors().isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(MissingEducationNoticeView.class, told.reference()));
            }
        });
        send.setId("send-missing-education");
        send.addClassName("fd-button");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        add(first, last, born, address, upn, lastDay, tried, move, worry, raiseIt, send);
    }

    private static TextField text(String id, String label, int max) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }

    /** The three boxes as an ISO date when they make one; as typed otherwise, for the server to refuse plainly. */
    private static String iso(MemorableDate date) {
        try {
            return java.time.LocalDate.of(Integer.parseInt(date.year().getValue().strip()),
                    Integer.parseInt(date.month().getValue().strip()), Integer.parseInt(date.day().getValue().strip()))
                    .toString();
        } catch (RuntimeException notADate) {
            return date.day().getValue() + "/" + date.month().getValue() + "/" + date.year().getValue();
        }
    }
}
