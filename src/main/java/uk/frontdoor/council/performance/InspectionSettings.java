package uk.frontdoor.council.performance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the Annex A lists are written here.
 *
 * @param childIdKey the secret that keys the pseudonymous Child Unique ID. The same child keeps the same id from
 *     one export to the next only while this stays the same, and without it nobody can work back from an id to
 *     an NHS number or a name: keep it secret, and do not change it between inspections
 * @param allocatedTeam what List 3 says referrals are allocated to: the front door team that decided them
 */
@ConfigurationProperties("frontdoor.inspection")
public record InspectionSettings(String childIdKey, String allocatedTeam) {

    public InspectionSettings {
        if (childIdKey == null || childIdKey.isBlank()) {
            throw new IllegalArgumentException("Set frontdoor.inspection.child-id-key (FRONTDOOR_CHILD_ID_KEY)");
        }
        if (allocatedTeam == null || allocatedTeam.isBlank()) {
            allocatedTeam = "ChAD";
        }
    }
}
