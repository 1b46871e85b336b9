package uk.frontdoor.partner.concern;

import uk.frontdoor.news.NewsChoices;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * Drafts are saved on the server as each answer changes and after every page, valid or not, so a dropped signal
 * or a closed tab loses nothing and the person resumes where they left off. A person sees only their own.
 */
@Service
public class ConcernDrafts {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final NewsChoices newsChoices;

    ConcernDrafts(JdbcClient jdbc, JsonMapper json, Clock clock, NewsChoices newsChoices) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.newsChoices = newsChoices;
    }

    @Transactional(readOnly = true)
    public Optional<ConcernDraft> current(CurrentUser user) {
        user.requireReferrer();
        return jdbc.sql("SELECT id, step, answers::text AS answers, updated_at FROM concern_draft "
                        + "WHERE owner_subject = ? ORDER BY updated_at DESC LIMIT 1")
                .param(user.subject())
                .query((row, n) -> new ConcernDraft(row.getObject("id", UUID.class),
                        ConcernStep.valueOf(row.getString("step")),
                        json.readValue(row.getString("answers"), ConcernAnswers.class),
                        row.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** Starts again: a person has one draft at a time, so an older one is replaced. */
    @Transactional
    public ConcernDraft start(CurrentUser user) {
        user.requireReferrer();
        jdbc.sql("DELETE FROM concern_draft WHERE owner_subject = ?").param(user.subject()).update();
        ConcernDraft draft = new ConcernDraft(UUID.randomUUID(), ConcernStep.DANGER, new ConcernAnswers(), clock.instant());
        jdbc.sql("INSERT INTO concern_draft (id, owner_subject, organisation, step, answers, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)")
                .params(draft.id(), user.subject(), user.organisationId(), draft.step().name(),
                        json.writeValueAsString(draft.answers()), java.sql.Timestamp.from(draft.updatedAt()),
                        java.sql.Timestamp.from(draft.updatedAt()))
                .update();
        return draft;
    }

    /**
     * Saves the page's answers whatever they are, then checks them. The draft moves on to the next page
     * only when this page is right.
     *
     * @return the problems on this page; empty when the person can go on
     */
    @Transactional
    public List<FieldError> save(CurrentUser user, UUID draftId, ConcernStep step, ConcernAnswers answers) {
        user.requireReferrer();
        List<FieldError> errors = check(user, step, answers);
        store(user, draftId, answers, errors.isEmpty() ? furthest(user, draftId, step) : null);
        return errors;
    }

    /**
     * Keeps the answers as the person changes them, before Continue, so a signal lost mid-page loses nothing.
     * Nothing is checked (errors are for Continue) and the draft's place does not move.
     */
    @Transactional
    public void keep(CurrentUser user, UUID draftId, ConcernAnswers answers) {
        user.requireReferrer();
        store(user, draftId, answers, null);
    }

    /** @param resumeAt the page to resume at from now on; null keeps the draft's place */
    private void store(CurrentUser user, UUID draftId, ConcernAnswers answers, ConcernStep resumeAt) {
        int updated = jdbc.sql("UPDATE concern_draft SET answers = ?::jsonb, updated_at = ?, "
                        + "step = coalesce(?, step) WHERE id = ? AND owner_subject = ?")
                .params(storable(answers), java.sql.Timestamp.from(clock.instant()),
                        resumeAt == null ? null : resumeAt.name(), draftId, user.subject())
                .update();
        if (updated == 0) {
            throw new AccessDeniedException("No such draft");
        }
    }

    /** The answers as typed, less what no text may hold (PostgreSQL refuses NUL): the check has told the person. */
    private String storable(ConcernAnswers answers) {
        return json.writeValueAsString(PlainText.storable(json.valueToTree(answers)));
    }

    /** Going back and changing an earlier answer does not lose the person's place further on. */
    private ConcernStep furthest(CurrentUser user, UUID draftId, ConcernStep step) {
        ConcernStep stored = jdbc.sql("SELECT step FROM concern_draft WHERE id = ? AND owner_subject = ?")
                .params(draftId, user.subject())
                .query((row, n) -> ConcernStep.valueOf(row.getString(1)))
                .optional().orElse(step);
        return stored.ordinal() > step.next().ordinal() ? stored : step.next();
    }

    /** The problems with one page's answers (every page's for {@link ConcernStep#CHECK}) from this person, today. */
    List<FieldError> check(CurrentUser user, ConcernStep step, ConcernAnswers answers) {
        return ConcernValidator.check(step, answers, today(), newsChoices.offeredTo(user));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
