package uk.frontdoor.council.duty.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.frontdoor.council.duty.Challenges;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Roles;
import uk.frontdoor.shell.ListOrNone;
import uk.frontdoor.shell.MainLayout;

/** A duty manager's queue of referrers' challenges to decisions, the oldest first, each answerable here. */
@Route(value = "duty/challenges", layout = MainLayout.class)
@PageTitle("Challenges to decisions")
@RolesAllowed(Roles.DUTY_MANAGER)
class ChallengesView extends Div {

    private final Challenges challenges;

    ChallengesView(Challenges challenges) {
        this.challenges = challenges;
        show();
    }

    private void show() {
        removeAll();
        add(new H1("Challenges to decisions"));
        ListOrNone.show(this, challenges.open(CurrentUser.signedIn()),
                "No referrer is waiting for an answer to a challenge.", challenge -> new Div(
                        new RouterLink(challenge.reference() + ": " + challenge.childName(), DutyContactView.class,
                                challenge.contactId().toString()), new ChallengePanel(challenges, challenge, this::show)));
    }
}
