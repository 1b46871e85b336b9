package uk.frontdoor.concern.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class ConcernHomeActions {

    @Bean
    HomeAction raiseConcernAction() {
        return HomeAction.of("Raise a concern about a child",
                "Tell ChAD you are worried about a child. It takes a few minutes and your answers are saved as you go.",
                RaiseConcernView.class, CurrentUser::raisesConcerns);
    }

    @Bean
    HomeAction askForAdviceAction() {
        return HomeAction.of("Ask ChAD for advice",
                "Not sure whether to raise a concern? Ask for a call back from a social worker. This is not a referral.",
                AskForAdviceView.class, CurrentUser::raisesConcerns);
    }

    @Bean
    HomeAction myConcernsAction() {
        return HomeAction.of("See what happened to your concerns",
                "Follow each concern: when ChAD received it, when a social worker looked at it, and the decision.",
                MyConcernsView.class, CurrentUser::raisesConcerns);
    }
}
