package com.stratum.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account plan in a list: its period, status and review.")
public record PlanSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID accountId,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true) LocalDate periodStart,
        @Schema(required = true) LocalDate periodEnd,
        @Schema(required = true, description = "How many objectives it has.") long objectives,
        @Schema(required = true, nullable = true) Instant lastReviewedAt,
        @Schema(required = true, nullable = true, description = "While ACTIVE: when its next review is due.")
        LocalDate reviewDueOn,
        @Schema(required = true, description = "reviewDueOn is in the past.") boolean reviewOverdue,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {
}
