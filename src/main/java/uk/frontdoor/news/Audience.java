package uk.frontdoor.news;

/**
 * Who is told there is news, and the only words that travel to them outside the portal: kept together here so a
 * review of what leaves reads it all in one place. Each says the reference and that there is news, never what it is.
 */
public enum Audience {
    REFERRER("referrer", "", "Update on your concern ", "ChAD has an update on the concern you raised, reference ",
            "For your safety and the child's, this email does not say more."),
    CARER("carer", "carer-", "News on placement ", "There is news on the placement with reference ",
            "For your safety and the child's, this email does not say more."),
    EMPLOYER("employer", "employer-", "News on your ", "The council has answered about your ",
            "To keep young people's details safe, this email does not say more.");

    private final String code;
    private final String messagePrefix;
    private final String subject;
    private final String opening;
    private final String closing;

    Audience(String code, String messagePrefix, String subject, String opening, String closing) {
        this.code = code;
        this.messagePrefix = messagePrefix;
        this.subject = subject;
        this.opening = opening;
        this.closing = closing;
    }

    public String code() {
        return code;
    }

    /** Our message id for one notification: who, how, and the news it is about (so a redelivery has the same id). */
    String messageId(String channel, String key) {
        return messagePrefix + ("sms".equals(channel) ? "text-" : "email-") + key;
    }

    String subject(String reference) {
        return subject + reference;
    }

    String emailText(String reference, String link) {
        return opening + reference + ".\n\nSign in to see it: " + link + "\n\n" + closing;
    }
}
