package uk.frontdoor.partner.concern;

import uk.frontdoor.news.NewsChoices;
import uk.frontdoor.news.UkMobileNumber;
import uk.frontdoor.news.HowToTell;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * The rules for each page of "Raise a concern", in GOV.UK's words for error messages. The pages use it to
 * show errors as the person goes; the service runs it again on every save and on submit, because the
 * server never trusts the browser.
 */
public final class ConcernValidator {

    public static final String IMMEDIATE_DANGER = "immediate-danger";
    public static final String FIRST_NAME = "child-first-name";
    public static final String LAST_NAME = "child-last-name";
    public static final String DATE_OF_BIRTH = "date-of-birth";
    public static final String APPROXIMATE_AGE = "approximate-age";
    public static final String ADDRESS = "address";
    public static final String POSTCODE = "postcode";
    public static final String SCHOOL = "school";
    public static final String NHS_NUMBER = "nhs-number";
    public static final String PUPIL_NUMBER = "pupil-number";
    public static final String GENDER = "gender";
    public static final String ETHNICITY = "ethnicity";
    public static final String FIRST_LANGUAGE = "first-language";
    public static final String INTERPRETER_NEEDED = "interpreter-needed";
    public static final String DISABILITY = "disability";
    public static final String DISABILITY_DETAIL = "disability-detail";
    public static final String GP_PRACTICE = "gp-practice";
    public static final String HOUSEHOLD = "household";
    public static final String PARENTAL_RESPONSIBILITY = "parental-responsibility";
    public static final String NOT_TO_BE_SHARED = "not-to-be-shared";
    /** The list of people in the household as a whole (too many); each person's answers have {@link #member} ids. */
    public static final String HOUSEHOLD_MEMBERS = "household-members";
    public static final String MEMBER_NAME = "name";
    public static final String MEMBER_RELATIONSHIP = "relationship";
    public static final String MEMBER_LIVES_WITH_CHILD = "lives-with-child";
    public static final String MEMBER_PARENTAL_RESPONSIBILITY = "parental-responsibility";
    public static final String FACTORS = "factors";
    public static final String WHAT_HAPPENED = "what-happened";
    public static final String WHEN_HAPPENED = "when-happened";
    public static final String ACTION_TAKEN = "action-taken";
    public static final String PARENTS_KNOW = "parents-know";
    public static final String PARENTS_AGREE = "parents-agree";
    public static final String NOT_TOLD_REASON = "not-told-reason";
    public static final String NOT_TOLD_EXPLANATION = "not-told-explanation";
    public static final String LEVEL_OF_NEED = "level-of-need";
    public static final String REQUEST = "request";
    public static final String REQUEST_DETAIL = "request-detail";
    public static final String CHILDS_VOICE = "childs-voice";
    public static final String HOW_TO_TELL = "how-to-tell";
    public static final String MOBILE_NUMBER = "mobile-number";
    public static final String EMAIL = "email";

    public static final int NAME_MAX = 100;
    public static final int ADDRESS_MAX = 500;
    public static final int SCHOOL_MAX = 200;
    public static final int WHAT_HAPPENED_MAX = 5000;
    public static final int LONG_TEXT_MAX = 2000;
    /** Numbers and codes typed or chosen: a postcode, an NHS number, a date's box, a radio button's value. */
    public static final int SHORT_TEXT_MAX = 30;
    /** The longest address email allows (RFC 5321). */
    public static final int EMAIL_MAX = 254;
    /** The most people in the household a contact lists: a household larger than this is for ChAD to ask about. */
    public static final int HOUSEHOLD_MAX = 10;

    /** One text answer: where it is, its one limit, and whether line breaks belong in it. */
    private record Text(String field, ConcernStep step, String name, int max, boolean longText,
            Function<ConcernAnswers, String> value) {
    }

    /**
     * Every text answer with its one limit, checked on its page whatever the other answers are (an explanation the
     * parents' answer makes unused is limited too), so nothing over-long or with control characters is kept.
     */
    private static final List<Text> TEXTS = List.of(
            new Text(IMMEDIATE_DANGER, ConcernStep.DANGER, "The answer", SHORT_TEXT_MAX, false, ConcernAnswers::getImmediateDanger),
            new Text(FIRST_NAME, ConcernStep.CHILD, "First name", NAME_MAX, false, ConcernAnswers::getChildFirstName),
            new Text(LAST_NAME, ConcernStep.CHILD, "Last name", NAME_MAX, false, ConcernAnswers::getChildLastName),
            new Text(DATE_OF_BIRTH, ConcernStep.CHILD, "Day", SHORT_TEXT_MAX, false, a -> a.getDateOfBirth().getDay()),
            new Text(DATE_OF_BIRTH, ConcernStep.CHILD, "Month", SHORT_TEXT_MAX, false, a -> a.getDateOfBirth().getMonth()),
            new Text(DATE_OF_BIRTH, ConcernStep.CHILD, "Year", SHORT_TEXT_MAX, false, a -> a.getDateOfBirth().getYear()),
            new Text(APPROXIMATE_AGE, ConcernStep.CHILD, "Approximate age", SHORT_TEXT_MAX, false, ConcernAnswers::getApproximateAge),
            new Text(ADDRESS, ConcernStep.CHILD, "Address", ADDRESS_MAX, true, ConcernAnswers::getAddress),
            new Text(POSTCODE, ConcernStep.CHILD, "Postcode", SHORT_TEXT_MAX, false, ConcernAnswers::getPostcode),
            new Text(SCHOOL, ConcernStep.CHILD, "School", SCHOOL_MAX, false, ConcernAnswers::getSchool),
            new Text(NHS_NUMBER, ConcernStep.CHILD, "NHS number", SHORT_TEXT_MAX, false, ConcernAnswers::getNhsNumber),
            new Text(PUPIL_NUMBER, ConcernStep.CHILD, "Unique pupil number", SHORT_TEXT_MAX, false, ConcernAnswers::getPupilNumber),
            new Text(GENDER, ConcernStep.MORE, "The gender", SHORT_TEXT_MAX, false, ConcernAnswers::getGender),
            new Text(ETHNICITY, ConcernStep.MORE, "The ethnicity", SHORT_TEXT_MAX, false, ConcernAnswers::getEthnicity),
            new Text(FIRST_LANGUAGE, ConcernStep.MORE, "First language", NAME_MAX, false, ConcernAnswers::getFirstLanguage),
            new Text(INTERPRETER_NEEDED, ConcernStep.MORE, "The answer", SHORT_TEXT_MAX, false, ConcernAnswers::getInterpreterNeeded),
            new Text(DISABILITY, ConcernStep.MORE, "The answer", SHORT_TEXT_MAX, false, ConcernAnswers::getDisability),
            new Text(DISABILITY_DETAIL, ConcernStep.MORE, "About the disability", LONG_TEXT_MAX, true, ConcernAnswers::getDisabilityDetail),
            new Text(GP_PRACTICE, ConcernStep.MORE, "GP practice", SCHOOL_MAX, false, ConcernAnswers::getGpPractice),
            new Text(HOUSEHOLD, ConcernStep.MORE, "Who lives with the child", LONG_TEXT_MAX, true, ConcernAnswers::getHousehold),
            new Text(PARENTAL_RESPONSIBILITY, ConcernStep.MORE, "Who has parental responsibility", LONG_TEXT_MAX, true, ConcernAnswers::getParentalResponsibility),
            new Text(NOT_TO_BE_SHARED, ConcernStep.MORE, "What must not be shared with the family", LONG_TEXT_MAX, true, ConcernAnswers::getNotToBeShared),
            new Text(WHAT_HAPPENED, ConcernStep.WORRY, "What you saw or heard", WHAT_HAPPENED_MAX, true, ConcernAnswers::getWhatHappened),
            new Text(WHEN_HAPPENED, ConcernStep.WORRY, "Day", SHORT_TEXT_MAX, false, a -> a.getWhenHappened().getDay()),
            new Text(WHEN_HAPPENED, ConcernStep.WORRY, "Month", SHORT_TEXT_MAX, false, a -> a.getWhenHappened().getMonth()),
            new Text(WHEN_HAPPENED, ConcernStep.WORRY, "Year", SHORT_TEXT_MAX, false, a -> a.getWhenHappened().getYear()),
            new Text(ACTION_TAKEN, ConcernStep.WORRY, "What you have already done", LONG_TEXT_MAX, true, ConcernAnswers::getActionTaken),
            new Text(PARENTS_KNOW, ConcernStep.PARENTS, "The answer", SHORT_TEXT_MAX, false, ConcernAnswers::getParentsKnow),
            new Text(PARENTS_AGREE, ConcernStep.PARENTS, "The answer", SHORT_TEXT_MAX, false, ConcernAnswers::getParentsAgree),
            new Text(NOT_TOLD_REASON, ConcernStep.PARENTS, "The reason", SHORT_TEXT_MAX, false, ConcernAnswers::getNotToldReason),
            new Text(NOT_TOLD_EXPLANATION, ConcernStep.PARENTS, "Your explanation", LONG_TEXT_MAX, true, ConcernAnswers::getNotToldExplanation),
            new Text(LEVEL_OF_NEED, ConcernStep.LEVEL, "The level of need", SHORT_TEXT_MAX, false, ConcernAnswers::getLevelOfNeed),
            new Text(REQUEST, ConcernStep.REQUEST, "The answer", SHORT_TEXT_MAX, false, ConcernAnswers::getRequest),
            new Text(REQUEST_DETAIL, ConcernStep.REQUEST, "What you would like to happen", LONG_TEXT_MAX, true, ConcernAnswers::getRequestDetail),
            new Text(CHILDS_VOICE, ConcernStep.REQUEST, "What the child says", LONG_TEXT_MAX, true, ConcernAnswers::getChildsVoice),
            new Text(HOW_TO_TELL, ConcernStep.NEWS, "The answer", SHORT_TEXT_MAX, false, ConcernAnswers::getHowToTell),
            new Text(MOBILE_NUMBER, ConcernStep.NEWS, "Mobile number", SHORT_TEXT_MAX, false, ConcernAnswers::getMobileNumber),
            new Text(EMAIL, ConcernStep.NEWS, "Email address", EMAIL_MAX, false, ConcernAnswers::getEmail));

    /** Something, an @, and a domain with a dot: the check GOV.UK asks for, leaving delivery to prove the rest. */
    private static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern POSTCODE_FORMAT =
            Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");
    private static final Pattern PUPIL_NUMBER_FORMAT = Pattern.compile("^[A-Z][0-9]{11}[0-9A-Z]$");

    private final LocalDate today;
    private final Collection<HowToTell> offered;
    private final List<FieldError> errors = new ArrayList<>();

    private ConcernValidator(LocalDate today, Collection<HowToTell> offered) {
        this.today = today;
        this.offered = offered;
    }

    /** @param offered the ways of hearing news this person was offered ({@link NewsChoices}); no other is accepted */
    public static List<FieldError> check(ConcernStep step, ConcernAnswers answers, LocalDate today,
            Collection<HowToTell> offered) {
        ConcernValidator validator = new ConcernValidator(today, offered);
        validator.texts(step, answers);
        switch (step) {
            case DANGER -> validator.danger(answers);
            case CHILD -> validator.child(answers);
            case MORE -> validator.more(answers);
            case WORRY -> validator.worry(answers);
            case PARENTS -> validator.parents(answers);
            case LEVEL -> validator.level(answers);
            case REQUEST -> validator.request(answers);
            case NEWS -> validator.news(answers);
            case CHECK -> {
                for (ConcernStep each : ConcernStep.values()) {
                    if (each != ConcernStep.CHECK) {
                        validator.errors.addAll(check(each, answers, today, offered));
                    }
                }
                validator.notInImmediateDanger(answers);
            }
        }
        return List.copyOf(validator.errors);
    }

    /** Which page an error belongs to, so "check your answers" can send the person back to fix it. */
    public static ConcernStep stepOf(String field) {
        return switch (field) {
            case IMMEDIATE_DANGER -> ConcernStep.DANGER;
            case FIRST_NAME, LAST_NAME, DATE_OF_BIRTH, APPROXIMATE_AGE, ADDRESS, POSTCODE, SCHOOL, NHS_NUMBER,
                 PUPIL_NUMBER -> ConcernStep.CHILD;
            case GENDER, ETHNICITY, FIRST_LANGUAGE, INTERPRETER_NEEDED, DISABILITY, DISABILITY_DETAIL, GP_PRACTICE,
                 HOUSEHOLD, PARENTAL_RESPONSIBILITY, NOT_TO_BE_SHARED -> ConcernStep.MORE;
            case FACTORS, WHAT_HAPPENED, WHEN_HAPPENED, ACTION_TAKEN -> ConcernStep.WORRY;
            case PARENTS_KNOW, PARENTS_AGREE, NOT_TOLD_REASON, NOT_TOLD_EXPLANATION -> ConcernStep.PARENTS;
            case REQUEST, REQUEST_DETAIL, CHILDS_VOICE -> ConcernStep.REQUEST;
            case HOW_TO_TELL, MOBILE_NUMBER, EMAIL -> ConcernStep.NEWS;
            default -> field.startsWith(HOUSEHOLD_MEMBERS) ? ConcernStep.MORE : ConcernStep.LEVEL;
        };
    }

    /** The field id of one answer about person {@code number} (from 1) in the household: household-members-2-name. */
    public static String member(int number, String answer) {
        return HOUSEHOLD_MEMBERS + "-" + number + "-" + answer;
    }

    private void texts(ConcernStep step, ConcernAnswers answers) {
        for (Text text : TEXTS) {
            if (text.step() == step) {
                PlainText.problem(text.value().apply(answers), text.max(), text.longText(), text.name())
                        .ifPresent(problem -> add(text.field(), problem));
            }
        }
    }

    private void danger(ConcernAnswers answers) {
        oneOf(IMMEDIATE_DANGER, answers.getImmediateDanger(), List.of(ConcernAnswers.YES, ConcernAnswers.NO),
                "Select yes if a child is in immediate danger");
    }

    /**
     * "Yes" is a right answer on its own page (it leads to 999), but never one a contact can be sent with: a child in
     * immediate danger needs the police now, not a contact decided within a working day.
     */
    private void notInImmediateDanger(ConcernAnswers answers) {
        if (ConcernAnswers.YES.equals(answers.getImmediateDanger())) {
            add(IMMEDIATE_DANGER, "A child in immediate danger cannot wait for a contact: call 999 now");
        }
    }

    private void child(ConcernAnswers answers) {
        required(FIRST_NAME, answers.getChildFirstName(), "Enter the child's first name");
        required(LAST_NAME, answers.getChildLastName(), "Enter the child's last name");
        if (answers.isDateOfBirthUnknown()) {
            Optional<Integer> age = wholeNumber(answers.getApproximateAge());
            if (isBlank(answers.getApproximateAge())) {
                add(APPROXIMATE_AGE, "Enter the child's approximate age");
            } else if (age.isEmpty() || age.get() < 0 || age.get() > 17) {
                add(APPROXIMATE_AGE, "Approximate age must be a whole number from 0 to 17");
            }
        } else {
            date(DATE_OF_BIRTH, answers.getDateOfBirth(), "Date of birth").ifPresent(born -> {
                if (Period.between(born, today).getYears() >= 18) {
                    add(DATE_OF_BIRTH, "The child must be under 18. For an adult, contact adult social care");
                }
            });
        }
        required(ADDRESS, answers.getAddress(), "Enter the child's address");
        String postcode = normalisedPostcode(answers.getPostcode());
        if (postcode.isEmpty()) {
            add(POSTCODE, "Enter the child's postcode");
        } else if (!POSTCODE_FORMAT.matcher(postcode).matches()) {
            add(POSTCODE, "Enter a real postcode, like ST4 1HH");
        }
        String nhs = digitsOnly(answers.getNhsNumber());
        if (!isBlank(answers.getNhsNumber()) && !validNhsNumber(nhs)) {
            add(NHS_NUMBER, "Enter a valid 10 digit NHS number, or leave it blank");
        }
        if (!isBlank(answers.getPupilNumber())
                && !PUPIL_NUMBER_FORMAT.matcher(answers.getPupilNumber().strip().toUpperCase()).matches()) {
            add(PUPIL_NUMBER, "Enter a valid 13 character unique pupil number, or leave it blank");
        }
    }

    /** Every answer here is optional; a choice that is given must be one of the list's (the API sends codes). */
    private void more(ConcernAnswers answers) {
        optionalOneOf(GENDER, answers.getGender(),
                java.util.Arrays.stream(ChildGender.values()).map(ChildGender::code).toList(),
                "Select the child's gender from the list, or leave it unanswered");
        optionalOneOf(ETHNICITY, answers.getEthnicity(),
                java.util.Arrays.stream(Ethnicity.values()).map(Ethnicity::code).toList(),
                "Select the child's ethnicity from the list, or leave it unanswered");
        optionalOneOf(INTERPRETER_NEEDED, answers.getInterpreterNeeded(), List.of(ConcernAnswers.YES, ConcernAnswers.NO),
                "Select yes if the child or family needs an interpreter, or leave it unanswered");
        optionalOneOf(DISABILITY, answers.getDisability(),
                java.util.Arrays.stream(Disability.values()).map(Disability::code).toList(),
                "Select yes if the child has a disability, or leave it unanswered");
        household(answers.getHouseholdMembers());
    }

    /** The household is optional as a whole; each person given is given in full, named by their place in the list. */
    private void household(List<HouseholdMember> members) {
        if (members.size() > HOUSEHOLD_MAX) {
            add(HOUSEHOLD_MEMBERS, "Give up to " + HOUSEHOLD_MAX + " people in the household");
            return;
        }
        for (int place = 0; place < members.size(); place++) {
            int number = place + 1;
            HouseholdMember member = members.get(place);
            String person = "Person " + number + ": ";
            PlainText.requiredProblem(member.getName(), NAME_MAX, false, person + "enter their name",
                    person + "their name").ifPresent(problem -> add(member(number, MEMBER_NAME), problem));
            PlainText.requiredProblem(member.getRelationship(), NAME_MAX, false,
                    person + "enter their relationship to the child", person + "their relationship to the child")
                    .ifPresent(problem -> add(member(number, MEMBER_RELATIONSHIP), problem));
            oneOf(member(number, MEMBER_LIVES_WITH_CHILD), member.getLivesWithChild(),
                    List.of(ConcernAnswers.YES, ConcernAnswers.NO), person + "select yes if they live with the child");
            oneOf(member(number, MEMBER_PARENTAL_RESPONSIBILITY), member.getParentalResponsibility(),
                    List.of(ConcernAnswers.YES, ConcernAnswers.NO),
                    person + "select yes if they have parental responsibility for the child");
        }
    }

    private void optionalOneOf(String field, String value, List<String> allowed, String message) {
        if (!isBlank(value) && !allowed.contains(value)) {
            add(field, message);
        }
    }

    private void worry(ConcernAnswers answers) {
        if (answers.getFactors().isEmpty()) {
            add(FACTORS, "Select what you are worried about");
        } else if (answers.getFactors().stream().anyMatch(code -> Factor.ofCode(code).isEmpty())) {
            add(FACTORS, "Select what you are worried about from the list");
        }
        required(WHAT_HAPPENED, answers.getWhatHappened(), "Describe what you saw or heard");
        date(WHEN_HAPPENED, answers.getWhenHappened(), "The date it happened");
        required(ACTION_TAKEN, answers.getActionTaken(), "Tell us what you have already done, or write 'nothing yet'");
    }

    private void parents(ConcernAnswers answers) {
        if (oneOf(PARENTS_KNOW, answers.getParentsKnow(), List.of(ConcernAnswers.YES, ConcernAnswers.NO),
                "Select yes if the child's parents or carers know you are contacting us")) {
            if (ConcernAnswers.YES.equals(answers.getParentsKnow())) {
                oneOf(PARENTS_AGREE, answers.getParentsAgree(),
                        java.util.Arrays.stream(ParentsAgreement.values()).map(ParentsAgreement::code).toList(),
                        "Select whether the parents or carers agree");
            } else {
                oneOf(NOT_TOLD_REASON, answers.getNotToldReason(),
                        java.util.Arrays.stream(NotToldReason.values()).map(NotToldReason::code).toList(),
                        "Select why the parents or carers have not been told");
                required(NOT_TOLD_EXPLANATION, answers.getNotToldExplanation(),
                        "Explain why the parents or carers have not been told");
            }
        }
    }

    private void level(ConcernAnswers answers) {
        oneOf(LEVEL_OF_NEED, answers.getLevelOfNeed(), List.of("1", "2", "3", "4"),
                "Select the level of need you think the child has");
    }

    /** What the referrer would like to happen; "something else" says what. The child's own words are optional. */
    private void request(ConcernAnswers answers) {
        if (oneOf(REQUEST, answers.getRequest(), java.util.Arrays.stream(ReferrerRequest.values()).map(ReferrerRequest::code).toList(),
                "Select what you would like to happen")
                && ReferrerRequest.SOMETHING_ELSE.code().equals(answers.getRequest())) {
            required(REQUEST_DETAIL, answers.getRequestDetail(), "Tell us what you would like to happen");
        }
    }

    private void news(ConcernAnswers answers) {
        if (oneOf(HOW_TO_TELL, answers.getHowToTell(), offered.stream().map(HowToTell::code).toList(),
                "Select how we should tell you there is news") && answers.tellBy(HowToTell.TEXT_MESSAGE)) {
            if (isBlank(answers.getMobileNumber())) {
                add(MOBILE_NUMBER, "Enter your mobile number");
            } else if (UkMobileNumber.parse(answers.getMobileNumber()).isEmpty()) {
                add(MOBILE_NUMBER, "Enter a UK mobile number, like 07700 900 982");
            }
        }
        // Null when not given on the page (the partner API, an older draft): the sign-in address is used.
        if (answers.tellBy(HowToTell.EMAIL) && answers.getEmail() != null) {
            if (isBlank(answers.getEmail())) {
                add(EMAIL, "Enter your email address");
            } else if (!EMAIL_FORMAT.matcher(answers.getEmail().strip()).matches()) {
                add(EMAIL, "Enter an email address in the correct format, like name@example.com");
            }
        }
    }

    private boolean oneOf(String field, String value, List<String> allowed, String missing) {
        if (value == null || !allowed.contains(value)) {
            add(field, missing);
            return false;
        }
        return true;
    }

    private void required(String field, String value, String missing) {
        if (isBlank(value)) {
            add(field, missing);
        }
    }

    private Optional<LocalDate> date(String field, ConcernAnswers.DateAnswer answer, String name) {
        if (answer == null || isBlank(answer.getDay()) && isBlank(answer.getMonth()) && isBlank(answer.getYear())) {
            add(field, "Enter " + name.toLowerCase());
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (isBlank(answer.getDay())) missing.add("day");
        if (isBlank(answer.getMonth())) missing.add("month");
        if (isBlank(answer.getYear())) missing.add("year");
        if (!missing.isEmpty()) {
            add(field, name + " must include a " + String.join(" and a ", missing));
            return Optional.empty();
        }
        Optional<Integer> day = wholeNumber(answer.getDay());
        Optional<Integer> month = wholeNumber(answer.getMonth());
        Optional<Integer> year = wholeNumber(answer.getYear());
        if (year.isPresent() && answer.getYear().strip().length() != 4) {
            add(field, "Year must include 4 numbers");
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(year.orElseThrow(() -> new DateTimeException("not a number")),
                    month.orElseThrow(() -> new DateTimeException("not a number")), day.orElseThrow(() -> new DateTimeException("not a number")));
            if (date.isAfter(today)) {
                add(field, name + " must be today or in the past");
                return Optional.empty();
            }
            if (date.isBefore(today.minusYears(25))) {
                add(field, name + " must be a real date in the last 25 years");
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeException impossible) {
            add(field, name + " must be a real date");
            return Optional.empty();
        }
    }

    /** One error a field: the first found, so a text's own problem comes before what the page's rules add. */
    private void add(String field, String message) {
        if (errors.stream().noneMatch(error -> error.field().equals(field))) {
            errors.add(new FieldError(field, message));
        }
    }

    /** Parses a date the validator has accepted. */
    public static Optional<LocalDate> dateOf(ConcernAnswers.DateAnswer answer) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(answer.getYear().strip()),
                    Integer.parseInt(answer.getMonth().strip()), Integer.parseInt(answer.getDay().strip())));
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }

    public static String normalisedPostcode(String postcode) {
        if (postcode == null) {
            return "";
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase();
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }

    public static String digitsOnly(String value) {
        return value == null ? "" : value.replaceAll("[\\s-]", "");
    }

    /** NHS numbers carry a modulus 11 check digit; a typo almost always fails it. */
    public static boolean validNhsNumber(String digits) {
        if (!digits.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static Optional<Integer> wholeNumber(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (RuntimeException notANumber) {
            return Optional.empty();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
