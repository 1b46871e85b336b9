package uk.frontdoor.council.duty.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class DutyHomeActions {

    @Bean
    HomeAction dutyInboxAction(CouncilAccess access) {
        return HomeAction.of("Duty inbox", "Contacts from partners, newest first, urgent ones marked.",
                DutyInboxView.class, user -> access.allows(user, CouncilSide.DUTY_SERVICE));
    }

    @Bean
    HomeAction signOffAction(CouncilAccess access) {
        return HomeAction.of("Decisions to sign off", "No further action and advice-only decisions waiting for a manager.",
                SignOffView.class, user -> access.allows(user, Role.DUTY_MANAGER));
    }

    @Bean
    HomeAction challengesAction(CouncilAccess access) {
        return HomeAction.of("Challenges to decisions", "Referrers who disagree with a decision, waiting for an answer.",
                ChallengesView.class, user -> access.allows(user, Role.DUTY_MANAGER));
    }
}
