package uk.frontdoor.audit.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class AuditHomeAction {

    @Bean
    HomeAction auditAction(CouncilAccess access) {
        return HomeAction.of("Audit record", "Who saw which contact, and who decided and signed off what.",
                AuditSearchView.class, user -> access.allows(user, Role.DUTY_MANAGER));
    }
}
