package uk.frontdoor.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A phone number a person on a phone can tap to call. */
public final class PhoneLink {

    /** 999, or a UK number of 10 or 11 digits starting with 0, as people write them (spaces allowed). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d])(?:999|0\\d{2,4} ?\\d{3} ?\\d{3,4})(?![\\d])");

    private PhoneLink() {
    }

    public static Anchor to(String number) {
        Anchor call = new Anchor("tel:" + number.replaceAll("[^0-9+]", ""), number);
        call.addClassName("fd-phone");
        return call;
    }

    /**
     * The text as written, with every phone number in it (999, ChAD's, the duty team's) a link to call it, so no
     * sentence that tells someone to call leaves them copying digits by hand.
     */
    public static Span within(String text) {
        Span sentence = new Span();
        Matcher number = NUMBER.matcher(text);
        int from = 0;
        while (number.find()) {
            sentence.add(text.substring(from, number.start()));
            sentence.add(to(number.group()));
            from = number.end();
        }
        sentence.add(text.substring(from));
        return sentence;
    }
}
