package uk.frontdoor.news;

/**
 * How one person chose to be told there is news.
 *
 * @param email the address their sign-in gave when they chose email, else null
 * @param mobile the UK mobile number (07 and nine digits) when they chose text messages, else null
 */
public record NewsChoice(HowToTell how, String email, String mobile) {

    /** A referrer's choice is kept on their concern, as the address and the number to use. */
    public static NewsChoice of(String email, String mobile) {
        return new NewsChoice(email != null ? HowToTell.EMAIL : mobile != null ? HowToTell.TEXT_MESSAGE
                : HowToTell.DO_NOT_TELL, email, mobile);
    }
}
