package uk.frontdoor.council.leavingcare.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class LeavingCareHomeActions {

    @Bean
    HomeAction employerRegistrationsToCheckAction(CouncilAccess access) {
        return HomeAction.of("Employer registrations to check",
                "Approve employers' Fostering Friendly registrations, or return them with a reason.",
                RegistrationChecksView.class, user -> access.allows(user, Role.LEAVING_CARE_TEAM));
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
