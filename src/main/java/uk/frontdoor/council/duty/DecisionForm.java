package uk.frontdoor.council.duty;

import java.util.Set;

/** What a duty social worker records to decide a contact. Checked by {@link DutyDecisions}, never trusted. */
public record DecisionForm(ContactOutcome outcome, Set<String> factors, Integer levelOfNeed, String rationale) {
}
