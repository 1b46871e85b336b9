package uk.frontdoor.council.performance.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class PerformanceHomeActions {

    @Bean
    HomeAction performanceAction(CouncilAccess access) {
        return HomeAction.of("Performance and inspection data",
                "Contacts by source, decisions within a working day, outcomes and partners for the dates you choose, "
                        + "and Ofsted's Annex A lists to download.",
                PerformanceView.class, user -> access.allows(user, Role.DUTY_MANAGER));
    }
}
