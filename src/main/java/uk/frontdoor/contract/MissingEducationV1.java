package uk.frontdoor.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code missing-education.v1}: a school tells the council a pupil is missing education. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissingEducationV1(String contract, String messageId, String reference, String noticeId, String sentAt,
        School school, Pupil pupil, String lastAttended, String tried, String knownMove, boolean safeguardingWorry)
        implements Contract {

    public static final String NAME = "missing-education.v1";

    public MissingEducationV1(String messageId, String reference, String noticeId, String sentAt, School school,
            Pupil pupil, String lastAttended, String tried, String knownMove, boolean safeguardingWorry) {
        this(NAME, messageId, reference, noticeId, sentAt, school, pupil, lastAttended, tried, knownMove,
                safeguardingWorry);
    }

    public record School(String organisationId, String organisationName, String sentBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pupil(String firstName, String lastName, String dateOfBirth, String address, String pupilNumber) {
    }
}
