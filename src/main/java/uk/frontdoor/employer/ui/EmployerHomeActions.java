package uk.frontdoor.employer.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.CouncilAccess;
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
    HomeAction employerRegistrationsToCheckAction(CouncilAccess access) {
        return HomeAction.of("Employer registrations to check",
                "Approve employers' Fostering Friendly registrations, or return them with a reason.",
                RegistrationChecksView.class, user -> access.allows(user, Role.LEAVING_CARE_TEAM));
    }

    @Bean
    HomeAction employerOffersAction() {
        return HomeAction.of("Your offers for care-experienced young people",
                "Offer apprenticeships, jobs, traineeships, work experience or mentoring, and see the council's answers.",
                EmployerOffersView.class, user -> user.has(Role.EMPLOYER));
    }

    @Bean
    HomeAction offersToReviewAction(CouncilAccess access) {
        return HomeAction.of("Employers' offers to review",
                "Approve and publish employers' offers for care-experienced young people, or return them with questions.",
                OfferReviewsView.class, user -> access.allows(user, Role.LEAVING_CARE_TEAM));
    }

    @Bean
    HomeAction publishedOffersAction(CouncilAccess access) {
        return HomeAction.of("Offers for care-experienced young people",
                "Search open offers by type, place and closing date, and tell an employer a young person is interested.",
                PublishedOffersView.class, user -> access.allows(user, Role.LEAVING_CARE_TEAM));
    }
}
