package uk.frontdoor.partner.concern.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.api.ApiProblems;
import uk.frontdoor.api.StrictJson;
import uk.frontdoor.partner.concern.ChadContactDetails;
import uk.frontdoor.partner.concern.ConcernAnswers;
import uk.frontdoor.partner.concern.ConcernService;
import uk.frontdoor.partner.concern.ConcernSummary;
import uk.frontdoor.news.HowToTell;
import uk.frontdoor.partner.concern.TimelineStatus;
import uk.frontdoor.outbound.ExternalDeliveries;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.validation.FieldError;

/**
 * The partner API for the systems schools and GP practices already use. Each client acts for one
 * organisation (the {@code organisation} claim of its token): it raises concerns for that organisation and
 * sees that organisation's concerns only. Status and timeline only: no child's name leaves through it.
 * Described for partners in {@code /api/v1/openapi.json}.
 */
@RestController
@RequestMapping("/api/v1/concerns")
class ConcernApi {

    static final int IDEMPOTENCY_KEY_MAX = 200;

    record ConcernStatus(String reference, Instant submittedAt, String status, Instant statusAt) {
    }

    record TimelineItem(String status, Instant at, String detail) {
    }

    /** @param caseReference the duty service's own reference, once its case-management system has given one */
    record ConcernDetail(String reference, Instant submittedAt, String status, Instant statusAt,
            String caseReference, List<TimelineItem> timeline) {
    }

    record Created(String reference, String status) {
    }

    /** The form's answers as JSON. Dates are ISO 8601 ({@code 2016-05-12}); give a date of birth or an approximate age. */
    record NewConcern(Boolean immediateDanger, Child child, Worry worry, Parents parents, Integer levelOfNeed,
            // Left out of the retry hash when not sent, so a request from before it was added hashes as it did.
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            AboutChild aboutChild) {
    }

    /**
     * Optional, as the form's "Tell us more about the child": gender as Annex A's letter, ethnicity as the DfE code.
     * {@code household} and {@code parentalResponsibility} are the free text clients sent before the list.
     */
    record AboutChild(String gender, String ethnicity, String firstLanguage, Boolean interpreterNeeded,
            String disability, String disabilityDetail, String gpPractice, String household,
            String parentalResponsibility,
            // Left out of the retry hash when not sent, as aboutChild is.
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            List<HouseholdMember> householdMembers,
            String notToBeShared) {
    }

    record HouseholdMember(String name, String relationship, Boolean livesWithChild, Boolean parentalResponsibility) {
    }

    record Child(String firstName, String lastName, String dateOfBirth, Integer approximateAge, String address,
            String postcode, String school, String nhsNumber, String pupilNumber) {
    }

    record Worry(List<String> factors, String whatHappened, String whenHappened, String actionTaken) {
    }

    record Parents(Boolean know, String agree, String notToldReason, String notToldExplanation) {
    }

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");

    private final ConcernService concerns;
    private final PartnerSubmissions submissions;
    private final JsonMapper json;
    private final StrictJson strictJson;
    private final ExternalDeliveries externalDeliveries;
    private final ChadContactDetails chad;

    ConcernApi(ConcernService concerns, PartnerSubmissions submissions, JsonMapper json, StrictJson strictJson,
            ExternalDeliveries externalDeliveries, ChadContactDetails chad) {
        this.chad = chad;
        this.concerns = concerns;
        this.submissions = submissions;
        this.json = json;
        this.strictJson = strictJson;
        this.externalDeliveries = externalDeliveries;
    }

    @GetMapping
    List<ConcernStatus> raisedByMyOrganisation(@AuthenticationPrincipal Jwt token) {
        return concerns.raisedFrom(CurrentUser.partnerSystem(token).organisationId()).stream()
                .map(concern -> new ConcernStatus(concern.reference(), concern.submittedAt(),
                        concern.latest().status().code(), concern.latest().occurredAt()))
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> raise(@AuthenticationPrincipal Jwt token, @RequestBody byte[] body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > IDEMPOTENCY_KEY_MAX)) {
            throw ApiProblems.invalid(List.of(new FieldError("Idempotency-Key",
                    "Idempotency-Key must be 1 to " + IDEMPOTENCY_KEY_MAX + " characters")));
        }
        NewConcern request = strictJson.read(body, NewConcern.class);
        if (Boolean.TRUE.equals(request.immediateDanger())) {
            // The form stops at this answer too: a child in danger now needs a phone call, never a message.
            throw ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "A child in immediate danger is not raised "
                    + "through the API: call 999 now, then " + chad.serviceName() + " on " + chad.phone()
                    + " (out of hours " + chad.outOfHoursPhone() + ").");
        }
        CurrentUser system = CurrentUser.partnerSystem(token);
        return switch (submissions.submit(system, answers(request), idempotencyKey, hash(request))) {
            case PartnerSubmissions.Accepted accepted -> ResponseEntity
                    .created(URI.create("/api/v1/concerns/" + accepted.reference()))
                    .body(new Created(accepted.reference(), TimelineStatus.SUBMITTED.code()));
            case PartnerSubmissions.Invalid invalid -> throw ApiProblems.invalid(invalid.errors());
            case PartnerSubmissions.KeyReused reused -> throw ApiProblems.problem(HttpStatus.CONFLICT,
                    "This Idempotency-Key was used for a different request. Send a new key for a new concern.");
        };
    }

    @GetMapping("/{reference}")
    ResponseEntity<ConcernDetail> one(@AuthenticationPrincipal Jwt token, @PathVariable String reference) {
        // Another organisation's concern answers exactly as an unknown reference does.
        Optional<ConcernSummary> concern = concerns.findForPartner(CurrentUser.partnerSystem(token), reference);
        return concern.map(found -> ResponseEntity.ok(new ConcernDetail(found.reference(),
                        found.submittedAt(), found.latest().status().code(), found.latest().occurredAt(),
                        externalDeliveries.externalReference(found.reference()).orElse(null),
                        found.timeline().stream()
                                .map(entry -> new TimelineItem(entry.status().code(), entry.occurredAt(), entry.detail()))
                                .toList())))
                .orElseThrow(() -> ApiProblems.problem(HttpStatus.NOT_FOUND,
                        "No concern has the reference " + reference));
    }

    /** Maps the JSON onto the form's answers, so the form's rules and messages apply unchanged. */
    static ConcernAnswers answers(NewConcern request) {
        ConcernAnswers answers = new ConcernAnswers();
        answers.setImmediateDanger(yesNo(request.immediateDanger()));
        Child child = request.child() == null
                ? new Child(null, null, null, null, null, null, null, null, null) : request.child();
        answers.setChildFirstName(child.firstName());
        answers.setChildLastName(child.lastName());
        if (child.dateOfBirth() == null && child.approximateAge() != null) {
            answers.setDateOfBirthUnknown(true);
            answers.setApproximateAge(child.approximateAge().toString());
        } else {
            answers.setDateOfBirth(date(child.dateOfBirth()));
        }
        answers.setAddress(child.address());
        answers.setPostcode(child.postcode());
        answers.setSchool(child.school());
        answers.setNhsNumber(child.nhsNumber());
        answers.setPupilNumber(child.pupilNumber());
        Worry worry = request.worry() == null ? new Worry(null, null, null, null) : request.worry();
        answers.setFactors(worry.factors() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(worry.factors()));
        answers.setWhatHappened(worry.whatHappened());
        answers.setWhenHappened(date(worry.whenHappened()));
        answers.setActionTaken(worry.actionTaken());
        Parents parents = request.parents() == null ? new Parents(null, null, null, null) : request.parents();
        answers.setParentsKnow(yesNo(parents.know()));
        answers.setParentsAgree(parents.agree());
        answers.setNotToldReason(parents.notToldReason());
        answers.setNotToldExplanation(parents.notToldExplanation());
        answers.setLevelOfNeed(request.levelOfNeed() == null ? null : request.levelOfNeed().toString());
        if (request.aboutChild() != null) {
            AboutChild about = request.aboutChild();
            answers.setGender(about.gender());
            answers.setEthnicity(about.ethnicity());
            answers.setFirstLanguage(about.firstLanguage());
            answers.setInterpreterNeeded(yesNo(about.interpreterNeeded()));
            answers.setDisability(about.disability());
            answers.setDisabilityDetail(about.disabilityDetail());
            answers.setGpPractice(about.gpPractice());
            answers.setHousehold(about.household());
            answers.setParentalResponsibility(about.parentalResponsibility());
            if (about.householdMembers() != null) {
                answers.setHouseholdMembers(about.householdMembers().stream().map(ConcernApi::member).toList());
            }
            answers.setNotToBeShared(about.notToBeShared());
        }
        // A partner's system does not ask what the referrer would like to happen: recorded as not said.
        answers.setRequest(uk.frontdoor.partner.concern.ReferrerRequest.NOT_SAID.code());
        // A partner's system follows its concerns through this API: nobody is emailed or texted.
        answers.setHowToTell(HowToTell.DO_NOT_TELL.code());
        return answers;
    }

    /** A person as the form keeps them; a null in the list is a person with nothing given, refused as the form would. */
    private static uk.frontdoor.partner.concern.HouseholdMember member(HouseholdMember sent) {
        return sent == null ? new uk.frontdoor.partner.concern.HouseholdMember()
                : new uk.frontdoor.partner.concern.HouseholdMember(sent.name(), sent.relationship(),
                        yesNo(sent.livesWithChild()), yesNo(sent.parentalResponsibility()));
    }

    private static String yesNo(Boolean answer) {
        return answer == null ? null : answer ? ConcernAnswers.YES : ConcernAnswers.NO;
    }

    /** An ISO date as the form's three boxes; anything else is kept so the form's rule calls it not a real date. */
    private static ConcernAnswers.DateAnswer date(String iso) {
        if (iso == null || iso.isBlank()) {
            return new ConcernAnswers.DateAnswer();
        }
        var matcher = ISO_DATE.matcher(iso.strip());
        return matcher.matches()
                ? new ConcernAnswers.DateAnswer(matcher.group(3), matcher.group(2), matcher.group(1))
                : new ConcernAnswers.DateAnswer(iso, iso, "0000");
    }

    /** Identifies the request's content (not its layout), to tell a retry from a different request. */
    private String hash(NewConcern request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
