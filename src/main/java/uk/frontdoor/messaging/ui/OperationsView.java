package uk.frontdoor.messaging.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.frontdoor.messaging.DeadLetters;
import uk.frontdoor.messaging.RouteFlows;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.Dates;
import uk.frontdoor.shell.MainLayout;
import uk.frontdoor.shell.TextTable;

/**
 * For the operator: what is waiting where, each route's messages in, out and failed, and the parked messages with
 * their reasons, replayable. No contents.
 */
@Route(value = "operations", layout = MainLayout.class)
@PageTitle("Message flows")
@RolesAllowed(Roles.OPERATOR)
class OperationsView extends Div {

    private final DeadLetters deadLetters;
    private final RouteFlows routeFlows;
    private final Clock clock;
    private final Paragraph status = new Paragraph();

    OperationsView(DeadLetters deadLetters, RouteFlows routeFlows, Clock clock) {
        this.deadLetters = deadLetters;
        this.routeFlows = routeFlows;
        this.clock = clock;
        status.setId("operations-status");
        status.getElement().setAttribute("role", "status");
        show();
    }

    private void show() {
        removeAll();
        CurrentUser operator = CurrentUser.signedIn();
        add(new H1("Message flows"), status);
        Map<String, Integer> waiting = deadLetters.waiting(operator);
        add(TextTable.of("Messages waiting", List.of("Where", "Waiting"), waiting.entrySet().stream()
                .map(entry -> List.of(entry.getKey(), String.valueOf(entry.getValue()))).toList()));
        add(routes(operator, waiting));
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

    /** One row a route; its waiting messages are those of the queue, or the outbox, it takes them from. */
    private Component[] routes(CurrentUser operator, Map<String, Integer> waiting) {
        String since = Dates.timeTodayOrDateAndTime(routeFlows.countedSince(), clock);
        Paragraph explained = new Paragraph("Counted since " + since + ", this server (when it started; other servers "
                + "count their own). Failed includes messages parked below; a message from the outbox that failed is "
                + "tried again and counts in again. Routes fed by the outbox share its waiting messages.");
        // The figures next to the route, so a phone shows them first; what the route does scrolls into view after.
        Div table = TextTable.withRowHeadings("Messages through each route",
                List.of("Route", "In", "Out", "Failed", "Waiting", "What it does"),
                routeFlows.all(operator).stream().map(flow -> List.of(flow.route(), String.valueOf(flow.in()),
                        String.valueOf(flow.out()), String.valueOf(flow.failed()),
                        String.valueOf(waiting.get(flow.takesFrom())), flow.description())).toList(), 1, 4);
        table.setId("route-flows");
        table.addClassName("fd-route-flows");
        return new Component[] {new H2("Routes"), explained, table};
    }
}
