package uk.frontdoor.partner.employer;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.frontdoor.news.Audience;
import uk.frontdoor.news.NewsChoiceStore;
import uk.frontdoor.news.NewsChoices;
import uk.frontdoor.news.NewsSender;
import uk.frontdoor.news.WhoseNews;
import uk.frontdoor.security.CurrentUser;

/**
 * An employer chooses whether to be told there is news (the council checked its registration, published or
 * returned an offer, passed on a young person's interest), by email or text message. The choice is the
 * organisation's: an employer signed in for it reads and changes it, nobody signed in for another organisation can.
 * The message says "your Fostering Friendly registration" (or "offer") and gives a link to sign in: never a young
 * person's name, never what the council said.
 */
@Service
public class EmployerNews extends WhoseNews {

    /** The references the employer's notifications carry: which of its things has news, nothing more. */
    static final String REGISTRATION = "Fostering Friendly registration";
    static final String OFFER = "Fostering Friendly offer";
    private static final String RECEIVED = "received";

    private final NewsSender news;

    EmployerNews(NewsChoices choices, NewsChoiceStore store, NewsSender news) {
        super(Audience.EMPLOYER, choices, store);
        this.news = news;
    }

    /** The organisation's choice, for an employer signed in for it. */
    @Override
    protected String holderFor(CurrentUser user) {
        user.requireEmployer();
        return user.organisationId();
    }

    /** In the transaction that records the council's answer on the registration. */
    void registrationAnswered(String organisationId, int version, String status, Instant at) {
        tell(organisationId, REGISTRATION, "/employer/registration", organisationId, version, status, at);
    }

    /** In the transaction that records the council's answer on the offer. */
    void offerAnswered(String organisationId, UUID offerId, int version, String status, Instant at) {
        tell(organisationId, OFFER, "/employer/offers", offerId.toString(), version, status, at);
    }

    /**
     * "Received" is not news: the council's system says so seconds after the employer sent it, while they are
     * still on the page that shows it. A check, a publication, a return or a young person's interest is.
     */
    private void tell(String organisationId, String what, String path, String id, int version, String status,
            Instant at) {
        if (!RECEIVED.equals(status)) {
            news.tell(Audience.EMPLOYER, organisationId, what, path,
                    String.join("/", what, id, String.valueOf(version), status, at.toString()));
        }
    }
}
