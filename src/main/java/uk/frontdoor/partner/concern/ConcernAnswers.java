package uk.frontdoor.partner.concern;

import uk.frontdoor.news.HowToTell;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers exactly as the person gave them, kept in the draft even when they are not valid yet
 * (an impossible date stays as typed so the person can see and correct it). {@link ConcernValidator}
 * decides what is acceptable; nothing here is trusted.
 */
public class ConcernAnswers {
    public static final String YES = "yes";
    public static final String NO = "no";

    private String immediateDanger;
    private String childFirstName;
    private String childLastName;
    private DateAnswer dateOfBirth = new DateAnswer();
    private boolean dateOfBirthUnknown;
    private String approximateAge;
    private String address;
    private String postcode;
    private String school;
    private String nhsNumber;
    private String pupilNumber;
    // Optional, on "Tell us more about the child": each null or blank when not given.
    private String gender;
    private String ethnicity;
    private String firstLanguage;
    private String interpreterNeeded;
    private String disability;
    private String disabilityDetail;
    private String gpPractice;
    // Free text from before the household was asked as rows: kept so an older draft still sends what it held.
    private String household;
    private String parentalResponsibility;
    private List<HouseholdMember> householdMembers = new ArrayList<>();
    private String notToBeShared;
    private Set<String> factors = new LinkedHashSet<>();
    private String whatHappened;
    private DateAnswer whenHappened = new DateAnswer();
    private String actionTaken;
    private String parentsKnow;
    private String parentsAgree;
    private String notToldReason;
    private String notToldExplanation;
    private String levelOfNeed;
    private String request;
    private String requestDetail;
    private String childsVoice;
    private String howToTell;
    private String mobileNumber;
    /** Where news goes by email; null until the person changes or confirms it on the news page. */
    private String email;

    /** A date as three boxes (GOV.UK "memorable date"), kept as typed. */
    public static class DateAnswer {
        private String day;
        private String month;
        private String year;

        public DateAnswer() {
        }

        public DateAnswer(String day, String month, String year) {
            this.day = day;
            this.month = month;
            this.year = year;
        }

        public String getDay() { return day; }
        public void setDay(String day) { this.day = day; }
        public String getMonth() { return month; }
        public void setMonth(String month) { this.month = month; }
        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
    }

    public String getRequest() { return request; }
    public void setRequest(String request) { this.request = request; }
    public String getRequestDetail() { return requestDetail; }
    public void setRequestDetail(String requestDetail) { this.requestDetail = requestDetail; }
    public String getChildsVoice() { return childsVoice; }
    public void setChildsVoice(String childsVoice) { this.childsVoice = childsVoice; }
    public String getImmediateDanger() { return immediateDanger; }
    public void setImmediateDanger(String immediateDanger) { this.immediateDanger = immediateDanger; }
    public String getChildFirstName() { return childFirstName; }
    public void setChildFirstName(String childFirstName) { this.childFirstName = childFirstName; }
    public String getChildLastName() { return childLastName; }
    public void setChildLastName(String childLastName) { this.childLastName = childLastName; }
    public DateAnswer getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(DateAnswer dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public boolean isDateOfBirthUnknown() { return dateOfBirthUnknown; }
    public void setDateOfBirthUnknown(boolean dateOfBirthUnknown) { this.dateOfBirthUnknown = dateOfBirthUnknown; }
    public String getApproximateAge() { return approximateAge; }
    public void setApproximateAge(String approximateAge) { this.approximateAge = approximateAge; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String nhsNumber) { this.nhsNumber = nhsNumber; }
    public String getPupilNumber() { return pupilNumber; }
    public void setPupilNumber(String pupilNumber) { this.pupilNumber = pupilNumber; }
    public Set<String> getFactors() { return factors; }
    public void setFactors(Set<String> factors) { this.factors = new LinkedHashSet<>(factors); }
    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String whatHappened) { this.whatHappened = whatHappened; }
    public DateAnswer getWhenHappened() { return whenHappened; }
    public void setWhenHappened(DateAnswer whenHappened) { this.whenHappened = whenHappened; }
    public String getActionTaken() { return actionTaken; }
    public void setActionTaken(String actionTaken) { this.actionTaken = actionTaken; }
    public String getParentsKnow() { return parentsKnow; }
    public void setParentsKnow(String parentsKnow) { this.parentsKnow = parentsKnow; }
    public String getParentsAgree() { return parentsAgree; }
    public void setParentsAgree(String parentsAgree) { this.parentsAgree = parentsAgree; }
    public String getNotToldReason() { return notToldReason; }
    public void setNotToldReason(String notToldReason) { this.notToldReason = notToldReason; }
    public String getNotToldExplanation() { return notToldExplanation; }
    public void setNotToldExplanation(String notToldExplanation) { this.notToldExplanation = notToldExplanation; }
    public String getLevelOfNeed() { return levelOfNeed; }
    public void setLevelOfNeed(String levelOfNeed) { this.levelOfNeed = levelOfNeed; }
    public String getHowToTell() { return howToTell; }
    public void setHowToTell(String howToTell) { this.howToTell = howToTell; }
    public String getMobileNumber() { return mobileNumber; }
    public void setMobileNumber(String mobileNumber) { this.mobileNumber = mobileNumber; }

    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getFirstLanguage() { return firstLanguage; }
    public void setFirstLanguage(String firstLanguage) { this.firstLanguage = firstLanguage; }
    public String getInterpreterNeeded() { return interpreterNeeded; }
    public void setInterpreterNeeded(String interpreterNeeded) { this.interpreterNeeded = interpreterNeeded; }
    public String getDisability() { return disability; }
    public void setDisability(String disability) { this.disability = disability; }
    public String getDisabilityDetail() { return disabilityDetail; }
    public void setDisabilityDetail(String disabilityDetail) { this.disabilityDetail = disabilityDetail; }
    public String getGpPractice() { return gpPractice; }
    public void setGpPractice(String gpPractice) { this.gpPractice = gpPractice; }
    public String getHousehold() { return household; }
    public void setHousehold(String household) { this.household = household; }
    public String getParentalResponsibility() { return parentalResponsibility; }
    public void setParentalResponsibility(String parentalResponsibility) { this.parentalResponsibility = parentalResponsibility; }
    public List<HouseholdMember> getHouseholdMembers() { return householdMembers; }
    public void setHouseholdMembers(List<HouseholdMember> householdMembers) { this.householdMembers = new ArrayList<>(householdMembers); }
    public String getNotToBeShared() { return notToBeShared; }
    public void setNotToBeShared(String notToBeShared) { this.notToBeShared = notToBeShared; }

    /** Forgets everything on "Tell us more about the child": what "Skip this" does. */
    public void clearMoreAboutTheChild() {
        gender = null;
        ethnicity = null;
        firstLanguage = null;
        interpreterNeeded = null;
        disability = null;
        disabilityDetail = null;
        gpPractice = null;
        household = null;
        parentalResponsibility = null;
        householdMembers = new ArrayList<>();
        notToBeShared = null;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }

    /** The address news by email goes to: the one given on the news page, else the one they signed in with. */
    public String emailFor(String signInEmail) {
        return email == null ? signInEmail : email.strip();
    }

    /** Whether the person chose to hear news this way. */
    public boolean tellBy(HowToTell way) {
        return way.code().equals(howToTell);
    }

    public String childName() {
        return (trim(childFirstName) + " " + trim(childLastName)).trim();
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
