package com.stratum.webhook;

import com.stratum.common.BusinessEvent;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One event sent (or being sent) to a webhook, with its last attempt.")
public record WebhookDeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The event's id (the payload's `id`); a redelivery sends it again.")
        UUID eventId,
        @Schema(required = true) BusinessEvent.Type eventType,
        @Schema(required = true, description = "account, opportunity, contact, activity, qbr or revenue_alert.")
        String resourceType,
        @Schema(required = true) UUID resourceId,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"PENDING", "SENT", "FAILED"},
                description = "PENDING: waiting, also between retries; SENT: answered with 2xx; FAILED: given up"
                        + " after the retry window.") String status,
        @Schema(required = true) int attempts,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true, description = "When it is tried next while PENDING.")
        Instant nextAttemptAt,
        @Schema(required = true, nullable = true) Instant lastAttemptAt,
        @Schema(required = true, nullable = true, description = "The HTTP status of the last answer; null when none"
                + " came (refused target, timeout, connection error).") Integer responseStatus,
        @Schema(required = true, nullable = true, description = "How long the last attempt took, in milliseconds.")
        Integer latencyMs,
        @Schema(required = true, nullable = true, description = "The start of the last answer's body (at most 1 KiB).")
        String responseExcerpt,
        @Schema(required = true, nullable = true, description = "Why the last attempt failed.") String error,
        @Schema(required = true, nullable = true) Instant doneAt) {

    static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id, d.eventId, BusinessEvent.Type.of(d.eventType), d.resourceType,
                d.resourceId, d.status, d.attempts, d.createdAt, "PENDING".equals(d.status) ? d.dueAt : null,
                d.lastAttemptAt, d.responseStatus, d.latencyMs, d.responseExcerpt, d.lastError, d.doneAt);
    }
}
