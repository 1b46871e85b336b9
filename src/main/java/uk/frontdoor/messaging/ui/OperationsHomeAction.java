package uk.frontdoor.messaging.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class OperationsHomeAction {

    @Bean
    HomeAction operationsAction(CouncilAccess access) {
        return HomeAction.of("Message flows", "What is waiting where, and parked messages with their reasons, to replay.",
                OperationsView.class, user -> access.allows(user, Role.OPERATOR));
    }
}
