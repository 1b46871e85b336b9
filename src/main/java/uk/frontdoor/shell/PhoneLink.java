package uk.frontdoor.shell;

import com.vaadin.flow.component.html.Anchor;

/** A phone number a person on a phone can tap to call. */
public final class PhoneLink {

    private PhoneLink() {
    }

    public static Anchor to(String number) {
        Anchor call = new Anchor("tel:" + number.replaceAll("[^0-9+]", ""), number);
        call.addClassName("fd-phone");
        return call;
    }
}
