package uk.frontdoor.council.education.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class CmeHomeActions {

    @Bean
    HomeAction missingEducationCasesAction(CouncilAccess access) {
        return HomeAction.of("Children missing education", "Schools' notices of pupils missing education, the longest first.",
                CmeCasesView.class, user -> access.allows(user, CouncilSide.EDUCATION_SERVICE));
    }
}
