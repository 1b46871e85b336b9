package uk.frontdoor.messaging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.frontdoor.messaging.DeadLetters;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.TextTable;

/** For the operator: what is waiting where, and the parked messages with their reasons, replayable. No contents. */
@Route(value = "operations", layout = MainLayout.class)
@PageTitle("Message flows")
@RolesAllowed("OPERATOR")
public class OperationsView extends Div {

    private final DeadLetters deadLetters;
    private final Paragraph status = new Paragraph();

    public OperationsView(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
        status.setId("operations-status");
        status.getElement().setAttribute("role", "status");
        show();
    }

    private void show() {
        removeAll();
        CurrentUser operator = CurrentUser.signedIn();
        add(new H1("Message flows"), status);
        add(TextTable.of("Messages waiting", List.of("Where", "Waiting"), deadLetters.waiting(operator).entrySet().stream()
                .map(entry -> List.of(entry.getKey(), String.valueOf(entry.getValue()))).toList()));
        var parked = deadLetters.parked(operator);
        add(new H2("Parked messages (" + parked.size() + ")"),
                new Paragraph("Each failed after its retries. Fix the cause, then replay: it goes back where it failed."));
        Div list = new Div();
        list.setId("parked");
        for (DeadLetters.Parked each : parked) {
            Button replay = new Button("Replay", click -> {
                status.setText(deadLetters.replay(operator, each.id()) ? "Replayed." : "It had been replayed already.");
                show();
            });
            replay.addClassName("fd-button--secondary");
            replay.getElement().setAttribute("aria-label", "Replay the message that failed in " + each.route());
            Div item = new Div(new Paragraph(each.route() + ", " + Dates.dateAndTime(each.failedAt())),
                    new Paragraph(String.valueOf(each.reason())), replay);
            item.addClassName("fd-inbox__item");
            list.add(item);
        }
        add(list);
        if (!parked.isEmpty()) {
            Button all = new Button("Replay all", click -> {
                status.setText(deadLetters.replayAll(operator) + " replayed.");
                show();
            });
            all.setId("replay-all");
            all.addClassName("fd-button");
            add(all);
        }
    }
}
