package com.stratum.accountevent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A compelling event at the customer: an account fact, reviewed within days.")
public record EventView(
        @Schema(required = true) UUID id,
        @Schema(required = true, readOnly = true) UUID accountId,
        @Schema(required = true, readOnly = true) String accountName,
        @Schema(required = true, nullable = true, readOnly = true, description = "The account's owner.")
        UUID accountOwnerId,
        @Schema(required = true) CompellingEventType type,
        @Schema(required = true) LocalDate occurredOn,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true, readOnly = true, description = "API when an integration recorded it with a token.")
        EventSource source,
        @Schema(required = true, nullable = true) UUID contactId,
        @Schema(required = true, nullable = true, readOnly = true) String contactName,
        @Schema(required = true) EventStatus status,
        @Schema(required = true, nullable = true) String reviewNote,
        @Schema(required = true, readOnly = true, description = "Review by then: 7 days after it was recorded, 14 on"
                + " a STANDARD account (rules.json `events`).") Instant reviewDueAt,
        @Schema(required = true, readOnly = true, description = "Still NEW after reviewDueAt.") boolean reviewOverdue,
        @Schema(required = true, nullable = true, readOnly = true) Instant reviewedAt,
        @Schema(required = true, nullable = true, readOnly = true) String reviewedByName,
        @Schema(required = true, nullable = true, readOnly = true, description = "The first opportunity created from"
                + " this event.") UUID opportunityId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {
}
