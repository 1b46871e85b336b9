package uk.frontdoor.council.duty.matching;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An earlier contact about the same child, as a duty worker sees it beside the one they opened: who raised
 * it, when, how it was found to match, and whether a duty worker has confirmed it is the same child.
 *
 * @param childName the child's name as that referrer wrote it
 * @param referralSource the CIN census ReferralSource code of the referrer's organisation
 * @param verdict what the matcher decided; {@link MatchVerdict#NO_MATCH} for a contact shown only because a
 *        duty worker linked it
 * @param howMatched in words, for the duty worker ("Same NHS number")
 * @param confirmed a duty worker confirmed it is the same child
 * @param outcome what was decided about that contact, in words; empty while it is still open
 */
public record EarlierContact(UUID id, String reference, Instant receivedAt, String childName,
        String organisationName, String referralSource, MatchVerdict verdict, String howMatched,
        boolean confirmed, Optional<String> outcome) {
}
