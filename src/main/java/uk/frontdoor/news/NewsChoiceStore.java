package uk.frontdoor.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;

/**
 * The choices carers and employers made about being told there is news, one per holder (a carer's sign-in, an
 * employer's organisation). Only this package reads and writes them: who may read or change a holder's choice is
 * {@link WhoseNews}'s check.
 */
@Component
public class NewsChoiceStore {

    /** The fields of a choice, as errors name them. */
    public static final String HOW = "news-how";
    public static final String MOBILE = "news-mobile";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NewsChoices choices;

    NewsChoiceStore(JdbcClient jdbc, Clock clock, NewsChoices choices) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.choices = choices;
    }

    @Transactional(readOnly = true)
    Optional<NewsChoice> choice(Audience audience, String holder) {
        return jdbc.sql("SELECT how, email, mobile FROM news_choice WHERE audience = ? AND holder = ?")
                .params(audience.code(), holder)
                .query((row, n) -> new NewsChoice(HowToTell.ofCode(row.getString("how")), row.getString("email"),
                        row.getString("mobile")))
                .optional();
    }

    /**
     * Records the choice after checking it again here: only a way offered to this person, and a UK mobile number for
     * text messages. Email goes to the address the chooser's sign-in gives now.
     */
    @Transactional
    List<FieldError> choose(Audience audience, String holder, CurrentUser chooser, HowToTell how,
            String mobileTyped) {
        if (how == null || !choices.offeredTo(chooser).contains(how)) {
            return List.of(new FieldError(HOW, "Select how to tell you there is news"));
        }
        Optional<UkMobileNumber> mobile = UkMobileNumber.parse(mobileTyped);
        if (how == HowToTell.TEXT_MESSAGE && mobile.isEmpty()) {
            return List.of(new FieldError(MOBILE, "Enter a UK mobile number, like 07700 900982"));
        }
        jdbc.sql("INSERT INTO news_choice (audience, holder, how, email, mobile, chosen_at) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (audience, holder) DO UPDATE SET how = EXCLUDED.how, email = EXCLUDED.email, "
                        + "mobile = EXCLUDED.mobile, chosen_at = EXCLUDED.chosen_at")
                .params(audience.code(), holder, how.code(), how == HowToTell.EMAIL ? chooser.email() : null,
                        how == HowToTell.TEXT_MESSAGE ? mobile.get().digits() : null, Timestamp.from(clock.instant()))
                .update();
        return List.of();
    }
}
