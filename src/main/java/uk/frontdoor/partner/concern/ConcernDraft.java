package uk.frontdoor.partner.concern;

import java.time.Instant;
import java.util.UUID;

/** A concern being written, saved on the server after every page. */
public record ConcernDraft(UUID id, ConcernStep step, ConcernAnswers answers, Instant updatedAt) {
}
