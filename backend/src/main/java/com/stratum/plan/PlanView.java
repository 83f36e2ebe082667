package com.stratum.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account plan with its objectives, their measurements and milestones, and its last review.")
public record PlanView(
        @Schema(required = true) UUID id,
        @Schema(required = true, readOnly = true) UUID accountId,
        @Schema(required = true, readOnly = true) String accountName,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true) LocalDate periodStart,
        @Schema(required = true) LocalDate periodEnd,
        @Schema(required = true, nullable = true, description = "Markdown.") String whyTheyBought,
        @Schema(required = true, nullable = true, description = "Markdown.") String customerGoals,
        @Schema(required = true, nullable = true, description = "Markdown.") String initiatives,
        @Schema(required = true, nullable = true, description = "Markdown.") String risks,
        @Schema(required = true, nullable = true, readOnly = true, description = "The day it last became ACTIVE.")
        LocalDate activatedOn,
        @Schema(readOnly = true, description = "The latest review; absent before the first.")
        @JsonInclude(JsonInclude.Include.NON_NULL) ReviewView lastReview,
        @Schema(required = true, nullable = true, readOnly = true, description = "While ACTIVE: the last review (or,"
                + " before one, activatedOn) plus the QBR cadence of the account's tier (tier policy); a review goes"
                + " with each QBR.") LocalDate reviewDueOn,
        @Schema(required = true, readOnly = true, description = "reviewDueOn is in the past.") boolean reviewOverdue,
        @Schema(required = true, readOnly = true, description = "The GROWTH objective first, then by position; at"
                + " most " + PlanRules.MAX_OBJECTIVES + ".") List<ObjectiveView> objectives,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {
}
