package uk.frontdoor.council.performance;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditAction;
import uk.frontdoor.audit.AuditTrail;
import uk.frontdoor.council.duty.ContactFigures;
import uk.frontdoor.council.duty.ContactOutcome;
import uk.frontdoor.council.duty.SameChild;
import uk.frontdoor.security.CouncilAccess;
import uk.frontdoor.security.CurrentUser;
import uk.frontdoor.security.Role;

/**
 * Ofsted's Annex A List 1 (contacts) and List 3 (referrals) for a period, as CSV with Annex A's own column
 * names, codes and dates. A disclosure of children's data: every export is audited, and no child's name,
 * NHS number or address is in it (the Child Unique ID is a keyed pseudonym).
 */
@Service
public class InspectionExport {

    public static final List<String> CHILD_COLUMNS = List.of(
            "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");
    public static final List<String> LIST_1_COLUMNS = columns("Date of Contact", "Contact Source");
    public static final List<String> LIST_3_COLUMNS = columns("Date of referral", "Referral Source", "Referral NFA?",
            "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker");

    /**
     * Gender and ethnicity are optional on the concern form ("Tell us more about the child"): a row carries the
     * referrer's answer, Annex A's gender ("a) Male", "b) Female", "c) Not stated/recorded") from the letter
     * contact.v1 sends and the DfE ethnicity code as sent, or when not given Annex A's codes for "not recorded":
     * gender "c) Not stated/recorded" and ethnicity NOBT, information not yet obtained.
     */
    static final String GENDER_NOT_RECORDED = "c) Not stated/recorded";
    static final String ETHNICITY_NOT_OBTAINED = "NOBT";
    static final java.util.Map<String, String> GENDERS = java.util.Map.of(
            "a", "a) Male", "b", "b) Female", "c", GENDER_NOT_RECORDED);
    private static final java.util.regex.Pattern ETHNICITY_CODE = java.util.regex.Pattern.compile("^[A-Z]{4}$");

    /**
     * List 3 holds referrals: contacts whose final outcome made them one ({@link ContactOutcome#becomesReferral()}).
     * Contacts closed with no further action stopped at the contact stage and never became referrals, so none of
     * these referrals ended in NFA here; what happens after the assessment starts is not recorded in the portal.
     * Hence "Referral NFA?" is always "No".
     */
    static final String REFERRAL_NFA = "No";

    private static final DateTimeFormatter ANNEX_A_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ContactFigures figures;
    private final Clock clock;
    private final AuditTrail audit;
    private final InspectionSettings settings;

    private final CouncilAccess access;

    InspectionExport(ContactFigures figures, Clock clock, AuditTrail audit, InspectionSettings settings,
            CouncilAccess access) {
        this.access = access;
        this.figures = figures;
        this.clock = clock;
        this.audit = audit;
        this.settings = settings;
    }

    /** List 1: every contact received in the period. */
    @Transactional
    public AnnexAFile contacts(CurrentUser manager, ReportingPeriod period) {
        access.require(manager, Role.DUTY_MANAGER);
        String fileName = "annex-a-list-1-contacts-" + period.slug() + ".csv";
        audit.record(manager, AuditAction.INSPECTION_DATA_EXPORTED, fileName);
        ZoneId zone = clock.getZone();
        Csv csv = new Csv(LIST_1_COLUMNS);
        for (ContactFigures.Contact contact : figures.contacts(period.start(zone), period.end(zone))) {
            LocalDate contacted = date(contact.receivedAt(), zone);
            csv.row(child(contact.child(), contacted, ANNEX_A_DATE.format(contacted), contact.referralSource()));
        }
        return new AnnexAFile(fileName, csv.toString(), csv.records());
    }

    /**
     * List 3: every referral made in the period, dated by the decision that made it one, with how many referrals
     * the same child had in the 12 months up to and including it (so a first referral counts 1).
     */
    @Transactional
    public AnnexAFile referrals(CurrentUser manager, ReportingPeriod period) {
        access.require(manager, Role.DUTY_MANAGER);
        String fileName = "annex-a-list-3-referrals-" + period.slug() + ".csv";
        audit.record(manager, AuditAction.INSPECTION_DATA_EXPORTED, fileName);
        ZoneId zone = clock.getZone();
        Csv csv = new Csv(LIST_3_COLUMNS);
        for (ContactFigures.Referral referral : figures.referrals(period.yearBefore(zone), period.start(zone),
                period.end(zone))) {
            LocalDate referred = date(referral.decidedAt(), zone);
            String assigned = referral.assignedName();
            csv.row(child(referral.child(), referred, ANNEX_A_DATE.format(referred), referral.referralSource(),
                    REFERRAL_NFA, String.valueOf(referral.referralsIn12Months()),
                    settings.allocatedTeam(), assigned == null ? "" : assigned));
        }
        return new AnnexAFile(fileName, csv.toString(), csv.records());
    }

    /**
     * A stable pseudonym for a child: the same child (by {@link SameChild#key}) always gets the same id, and
     * without the configured key nobody can work back from it to an NHS number or a name.
     */
    String childUniqueId(String childKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.childIdKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(childKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException | InvalidKeyException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }

    /** The child columns, then the list's own. Age is in whole years on the day of the contact or referral. */
    private List<String> child(ContactFigures.Child child, LocalDate on, String... listFields) {
        String born = child.dateOfBirth();
        String approximateAge = child.approximateAge();
        LocalDate dateOfBirth = born == null ? null : LocalDate.parse(born);
        String age = dateOfBirth != null ? String.valueOf(Period.between(dateOfBirth, on).getYears())
                : approximateAge == null ? "" : approximateAge;
        String gender = child.gender() == null ? GENDER_NOT_RECORDED
                : GENDERS.getOrDefault(child.gender(), GENDER_NOT_RECORDED);
        String ethnicity = child.ethnicity() != null && ETHNICITY_CODE.matcher(child.ethnicity()).matches()
                ? child.ethnicity() : ETHNICITY_NOT_OBTAINED;
        return Stream.concat(Stream.of(childUniqueId(child.key()), gender,
                        ethnicity, dateOfBirth == null ? "" : ANNEX_A_DATE.format(dateOfBirth), age),
                Stream.of(listFields)).toList();
    }

    private static LocalDate date(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    private static List<String> columns(String... listColumns) {
        return Stream.concat(CHILD_COLUMNS.stream(), Stream.of(listColumns)).toList();
    }
}
