package uk.frontdoor.partner.education.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.Role;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class EducationHomeActions {

    @Bean
    HomeAction missingEducationAction() {
        return HomeAction.of("Tell the council a pupil is missing education",
                "For a pupil who has stopped attending and whom the school cannot reach.",
                MissingEducationView.class, user -> user.has(Role.TEACHER) || user.has(Role.SAFEGUARDING_LEAD));
    }

    @Bean
    HomeAction missingEducationNoticesAction() {
        return HomeAction.of("Pupils missing education you told the council about",
                "What the children missing education officer has done about each.",
                MissingEducationNoticesView.class, user -> user.has(Role.TEACHER) || user.has(Role.SAFEGUARDING_LEAD));
    }
}
