package uk.frontdoor.partner.fostering;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.news.Audience;
import uk.frontdoor.news.NewsChoiceStore;
import uk.frontdoor.news.NewsChoices;
import uk.frontdoor.news.NewsSender;
import uk.frontdoor.news.WhoseNews;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;

/**
 * A foster carer chooses whether to be told there is news on their placements (an update, a placement started,
 * changed or ended), by email or text message, as referrers are: the placement's reference and a link to sign in,
 * never the child's name or what the news is. Only a foster carer reads or changes their own choice.
 */
@Service
public class CarerNews extends WhoseNews {

    private final JdbcClient jdbc;
    private final NewsSender news;
    private final CouncilAccess access;

    CarerNews(JdbcClient jdbc, NewsChoices choices, NewsChoiceStore store, NewsSender news, CouncilAccess access) {
        super(Audience.CARER, choices, store);
        this.jdbc = jdbc;
        this.news = news;
        this.access = access;
    }

    /** A foster carer's own choice, by their sign-in. */
    @Override
    protected String holderFor(CurrentUser carer) {
        access.require(carer, CouncilSide.FOSTERING_SERVICE);
        return carer.subject();
    }

    /** News landed on a placement (in the intake's transaction, so once per message): tell its carer if they asked. */
    @Transactional(propagation = Propagation.MANDATORY)
    void newsLanded(String placement, String messageId) {
        carerOf(placement).ifPresent(carer -> news.tell(Audience.CARER, carer, placement, "/placement/" + placement,
                messageId));
    }

    private Optional<String> carerOf(String placement) {
        return jdbc.sql("SELECT carer_subject FROM placement WHERE reference = ?").param(placement)
                .query(String.class).optional();
    }
}
