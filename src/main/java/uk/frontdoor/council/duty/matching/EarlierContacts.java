package uk.frontdoor.council.duty.matching;

import java.util.List;
import java.util.UUID;

/**
 * The earlier contacts about the child of one contact, newest first, from the 12 months before it was
 * received. Their number is the re-referral measure (Ofsted Annex A, "number of referrals in last 12
 * months", counted here over contacts until decisions say which were referrals).
 */
public record EarlierContacts(UUID contactId, List<EarlierContact> contacts) {

    public EarlierContacts {
        contacts = List.copyOf(contacts);
    }

    static EarlierContacts none(UUID contactId) {
        return new EarlierContacts(contactId, List.of());
    }

    /** The re-referral measure: how many contacts about this child in the 12 months before this one. */
    public int inLast12Months() {
        return contacts.size();
    }

    public boolean isEmpty() {
        return contacts.isEmpty();
    }
}
