package uk.frontdoor.news.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.api.ApiProblems;
import uk.frontdoor.news.DeliveryReceipt;
import uk.frontdoor.news.DeliveryReceipts;
import uk.frontdoor.validation.FieldError;
import uk.frontdoor.validation.PlainText;

/**
 * GOV.UK Notify's delivery receipts for the emails and text messages that tell referrers, carers and employers there
 * is news (not part of the partner API: Notify calls it with the bearer token it was given, checked by the security
 * configuration). The receipt's {@code reference} is our message id; its {@code to} (an address or a number) is never read.
 */
@RestController
@RequestMapping("/api/v1/notify/delivery-receipts")
class DeliveryReceiptApi {

    /** Notify's ids, our message ids and its status words are all far shorter. */
    private static final int FIELD_MAX = 64;

    /** A receipt that is not the JSON Notify sends; the reason names the field, never its value. */
    private static final class Malformed extends RuntimeException {
        private final String field;

        Malformed(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }

    private final DeliveryReceipts receipts;
    private final JsonMapper json;

    DeliveryReceiptApi(DeliveryReceipts receipts, JsonMapper json) {
        this.receipts = receipts;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> receive(@RequestBody String body) {
        DeliveryReceipt receipt;
        try {
            receipt = receipt(body);
        } catch (Malformed malformed) {
            throw ApiProblems.invalid(List.of(new FieldError(malformed.field, malformed.getMessage())));
        }
        return switch (receipts.receive(receipt)) {
            case RECORDED -> ResponseEntity.accepted().body(Map.of("status", "accepted"));
            case ALREADY_RECORDED -> ResponseEntity.accepted().body(Map.of("status", "already-received"));
            case UNKNOWN_NOTIFICATION -> throw ApiProblems.problem(HttpStatus.NOT_FOUND,
                    "No notification has that reference");
        };
    }

    private DeliveryReceipt receipt(String body) {
        JsonNode receipt;
        try {
            receipt = json.readTree(body);
        } catch (JacksonException notJson) {
            throw new Malformed("body", "The body must be Notify's delivery receipt as JSON");
        }
        if (receipt == null || !receipt.isObject()) {
            throw new Malformed("body", "The body must be Notify's delivery receipt as JSON");
        }
        text(receipt, "id");
        String reference = text(receipt, "reference");
        String status = text(receipt, "status");
        if (!DeliveryReceipt.STATUSES.contains(status)) {
            throw new Malformed("status", "status must be one of "
                    + String.join(", ", DeliveryReceipt.STATUSES.stream().sorted().toList()));
        }
        return new DeliveryReceipt(reference, status, time(receipt, "sent_at"), time(receipt, "completed_at"));
    }

    private static String text(JsonNode receipt, String field) {
        JsonNode value = receipt.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new Malformed(field, field + " is required");
        }
        PlainText.problem(value.asString(), FIELD_MAX, false, field).ifPresent(problem -> {
            throw new Malformed(field, problem);
        });
        return value.asString();
    }

    /** Notify leaves a time null until it happened. */
    private static Instant time(JsonNode receipt, String field) {
        JsonNode value = receipt.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return Instant.parse(value.asString());
        } catch (DateTimeParseException notATime) {
            throw new Malformed(field, field + " must be a UTC time like 2026-11-22T10:15:30.000000Z");
        }
    }
}
