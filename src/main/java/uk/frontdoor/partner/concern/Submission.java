package uk.frontdoor.partner.concern;

import java.util.List;
import uk.frontdoor.validation.FieldError;

/** The result of submitting: a reference, or the answers still to put right. */
public record Submission(String reference, List<FieldError> errors) {
    public boolean accepted() {
        return reference != null;
    }
}
