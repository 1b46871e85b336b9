package uk.frontdoor.fostering.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class FosteringHomeAction {

    @Bean
    HomeAction placementsAction() {
        return HomeAction.of("Your placements",
                "The children placed with you: who to call, what you can decide, the next dates and updates.",
                MyPlacementsView.class, user -> user.has(Role.FOSTER_CARER));
    }
}
