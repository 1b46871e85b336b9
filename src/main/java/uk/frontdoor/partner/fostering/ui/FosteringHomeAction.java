package uk.frontdoor.partner.fostering.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class FosteringHomeAction {

    @Bean
    HomeAction placementsAction(CouncilAccess access) {
        return HomeAction.of("Your placements",
                "The children placed with you: who to call, what you can decide, the next dates and updates.",
                MyPlacementsView.class, user -> access.allows(user, Role.FOSTER_CARER));
    }
}
