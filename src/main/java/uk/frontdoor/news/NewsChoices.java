package uk.frontdoor.news;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.frontdoor.messaging.NotifySettings;
import uk.frontdoor.security.CurrentUser;

/**
 * The ways a person may choose to hear there is news, so nobody chooses one that would silently not happen: email
 * only to the address their sign-in gave, text messages only when GOV.UK Notify is set up to send them.
 */
@Component
public class NewsChoices {

    private final NotifySettings notify;

    public NewsChoices(NotifySettings notify) {
        this.notify = notify;
    }

    public List<HowToTell> offeredTo(CurrentUser user) {
        List<HowToTell> offered = new ArrayList<>();
        if (user.email() != null && !user.email().isBlank()) {
            offered.add(HowToTell.EMAIL);
        }
        if (notify.sendsTextMessages()) {
            offered.add(HowToTell.TEXT_MESSAGE);
        }
        offered.add(HowToTell.DO_NOT_TELL);
        return List.copyOf(offered);
    }
}
