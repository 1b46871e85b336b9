package uk.frontdoor.partner.employer.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class EmployerHomeActions {

    @Bean
    HomeAction fosteringFriendlyRegistrationAction() {
        return HomeAction.of("Your Fostering Friendly registration",
                "Register your organisation's support for staff who foster, keep your pledge up to date, and see "
                        + "the council's check.",
                EmployerRegistrationView.class, user -> user.has(Role.EMPLOYER));
    }

    @Bean
    HomeAction employerOffersAction() {
        return HomeAction.of("Your offers for care-experienced young people",
                "Offer apprenticeships, jobs, traineeships, work experience or mentoring, and see the council's answers.",
                EmployerOffersView.class, user -> user.has(Role.EMPLOYER));
    }

    @Bean
    HomeAction employerNewsAction() {
        return HomeAction.of("How we tell you there is news",
                "Choose to get an email or a text message when the council answers about your registration or offers.",
                EmployerNewsView.class, user -> user.has(Role.EMPLOYER));
    }

}
