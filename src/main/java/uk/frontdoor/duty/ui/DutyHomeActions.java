package uk.frontdoor.duty.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class DutyHomeActions {

    @Bean
    HomeAction dutyInboxAction() {
        return HomeAction.of("Duty inbox", "Contacts from partners, newest first, urgent ones marked.",
                DutyInboxView.class, CurrentUser::worksOnDuty);
    }

    @Bean
    HomeAction signOffAction() {
        return HomeAction.of("Decisions to sign off", "No further action and advice-only decisions waiting for a manager.",
                SignOffView.class, user -> user.has(Role.DUTY_MANAGER));
    }
}
