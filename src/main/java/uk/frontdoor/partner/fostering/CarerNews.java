package uk.frontdoor.partner.fostering;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.contract.NotificationV1;
import uk.frontdoor.messaging.Outbox;
import uk.frontdoor.messaging.Routes;
import uk.frontdoor.partner.concern.HowToTell;
import uk.frontdoor.partner.concern.NewsChoices;
import uk.frontdoor.partner.concern.UkMobileNumber;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CouncilSide;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;

/**
 * A foster carer chooses whether to be told there is news on their placements (an update, a placement started,
 * changed or ended), by email or text message, as referrers are: through GOV.UK Notify (or SMTP for email), carrying
 * only the placement's reference and a link to sign in, never the child's name or what the news is.
 */
@Service
public class CarerNews {

    public static final String HOW = "carer-news-how";
    public static final String MOBILE = "carer-news-mobile";

    /** What a carer chose: how, and the mobile number for text messages. */
    public record Choice(HowToTell how, String mobile) {
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final NewsChoices choices;
    private final CouncilAccess access;
    private final String publicUrl;

    CarerNews(JdbcClient jdbc, Outbox outbox, Clock clock, NewsChoices choices, CouncilAccess access,
            @Value("${frontdoor.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.choices = choices;
        this.access = access;
        this.publicUrl = publicUrl;
    }

    /** The ways this carer may choose: email only with the address their sign-in gave, texts only when Notify sends them. */
    public List<HowToTell> offered(CurrentUser carer) {
        access.require(carer, CouncilSide.FOSTERING_SERVICE);
        return choices.offeredTo(carer);
    }

    @Transactional(readOnly = true)
    public Optional<Choice> choice(CurrentUser carer) {
        access.require(carer, CouncilSide.FOSTERING_SERVICE);
        return jdbc.sql("SELECT how, mobile FROM carer_news_choice WHERE carer_subject = ?").param(carer.subject())
                .query((row, n) -> new Choice(how(row.getString("how")), row.getString("mobile"))).optional();
    }

    /** Records the carer's choice, checked again here: only a way offered, and a UK mobile number for texts. */
    @Transactional
    public List<FieldError> choose(CurrentUser carer, HowToTell how, String mobileTyped) {
        List<FieldError> errors = new ArrayList<>();
        if (how == null || !offered(carer).contains(how)) {
            errors.add(new FieldError(HOW, "Select how to tell you there is news"));
            return errors;
        }
        Optional<UkMobileNumber> mobile = UkMobileNumber.parse(mobileTyped);
        if (how == HowToTell.TEXT_MESSAGE && mobile.isEmpty()) {
            errors.add(new FieldError(MOBILE, "Enter a UK mobile number, like 07700 900982"));
            return errors;
        }
        jdbc.sql("INSERT INTO carer_news_choice (carer_subject, how, email, mobile, chosen_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (carer_subject) DO UPDATE SET how = EXCLUDED.how, email = EXCLUDED.email, "
                        + "mobile = EXCLUDED.mobile, chosen_at = EXCLUDED.chosen_at")
                .params(carer.subject(), how.code(), how == HowToTell.EMAIL ? carer.email() : null,
                        how == HowToTell.TEXT_MESSAGE ? mobile.get().digits() : null, Timestamp.from(clock.instant()))
                .update();
        return errors;
    }

    /** News landed on a placement (in the intake's transaction, so once per message): tell its carer if they asked. */
    @Transactional(propagation = Propagation.MANDATORY)
    void newsLanded(String placement, String messageId) {
        jdbc.sql("SELECT c.how, c.email, c.mobile FROM carer_news_choice c JOIN placement p ON p.carer_subject = c.carer_subject "
                        + "WHERE p.reference = ?")
                .param(placement)
                .query((row, n) -> new String[] {row.getString("how"), row.getString("email"), row.getString("mobile")})
                .optional()
                .ifPresent(chosen -> {
                    String id = UUID.nameUUIDFromBytes(messageId.getBytes(StandardCharsets.UTF_8)).toString();
                    String link = publicUrl + "/placement/" + placement;
                    if (HowToTell.EMAIL.code().equals(chosen[0])) {
                        outbox.send(Routes.NOTIFY_REFERRER, new NotificationV1("carer-email-" + id, "email", chosen[1],
                                "News on placement " + placement,
                                "There is news on the placement with reference " + placement + ".\n\n"
                                        + "Sign in to see it: " + link + "\n\n"
                                        + "For your safety and the child's, this email does not say more.",
                                placement, link));
                    } else if (HowToTell.TEXT_MESSAGE.code().equals(chosen[0])) {
                        outbox.send(Routes.NOTIFY_REFERRER,
                                new NotificationV1("carer-text-" + id, "sms", chosen[2], null, null, placement, link));
                    }
                });
    }

    private static HowToTell how(String code) {
        for (HowToTell how : HowToTell.values()) {
            if (how.code().equals(code)) {
                return how;
            }
        }
        throw new IllegalStateException("Unknown choice");
    }
}
