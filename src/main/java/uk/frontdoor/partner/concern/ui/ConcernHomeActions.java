package uk.frontdoor.partner.concern.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.partner.concern.ConcernDrafts;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.shell.HomeAction;

@Configuration(proxyBeanMethods = false)
class ConcernHomeActions {

    /** First on home, so a referrer whose signal dropped sees their unsent concern at once. */
    @Bean
    HomeAction unsentConcernAction(ConcernDrafts drafts) {
        return HomeAction.of("You have a concern you have not sent yet: continue it",
                "Everything you entered has been saved. Continue where you left off and send it to ChAD.",
                ResumeConcernView.class, user -> user.raisesConcerns() && drafts.current(user).isPresent());
    }

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
        return HomeAction.of(MyConcernsView.NAME,
                "See what happened to each concern you sent: when ChAD received it, when a social worker looked at it, "
                        + "and the decision.",
                MyConcernsView.class, CurrentUser::raisesConcerns);
    }
}
