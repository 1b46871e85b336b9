package uk.frontdoor.contract;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every contract's record, by the contract's name (ContractRecordsTest finds one for each schema). */
public final class ContractRecords {

    public static final List<Class<? extends Contract>> ALL = List.of(ContactV1.class, AdviceRequestV1.class,
            AcknowledgementV1.class, DecisionV1.class, MessageV1.class, NotificationV1.class,
            EmployerRegistrationV1.class, EmployerAcknowledgementV1.class, OfferV1.class, OfferAcknowledgementV1.class,
            CarerReportV1.class, CarerReportAcknowledgementV1.class, PlacementUpdateV1.class,
            PlacementAcknowledgementV1.class, ChallengeV1.class, ChallengeAnswerV1.class, MissingEducationV1.class,
            MissingEducationUpdateV1.class, PlacementV1.class);

    private static final Map<String, Class<? extends Contract>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(ContractRecords::name, Function.identity()));

    private ContractRecords() {
    }

    /** The record for a contract's name, e.g. {@code offer.v1}, or null when there is none. */
    public static Class<? extends Contract> of(String contract) {
        return BY_NAME.get(contract);
    }

    /** A record's contract name: its {@code NAME} constant. */
    public static String name(Class<? extends Contract> record) {
        try {
            return (String) record.getField("NAME").get(null);
        } catch (ReflectiveOperationException noName) {
            throw new IllegalStateException(record.getSimpleName() + " has no NAME", noName);
        }
    }
}
