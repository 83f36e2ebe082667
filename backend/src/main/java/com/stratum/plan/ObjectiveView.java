package com.stratum.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A SMART objective of a plan, with its status from the latest value.")
public record ObjectiveView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID planId,
        @Schema(required = true) ObjectiveKind kind,
        @Schema(required = true, description = "Its place in the plan; the GROWTH objective is first.") int position,
        @Schema(required = true) String title,
        @Schema(required = true, description = "ARR for the GROWTH objective.") String metric,
        @Schema(required = true, nullable = true, description = "The metric's unit; the company currency for the"
                + " GROWTH objective.") String unit,
        @Schema(required = true, description = "GROWTH: the ARR the year started with (the growth baseline).")
        BigDecimal baseline,
        @Schema(required = true, description = "GROWTH: the baseline grown by the account's growth target.")
        BigDecimal target,
        @Schema(required = true, description = "GROWTH: the end of the year, kept inside the plan's period.")
        LocalDate dueOn,
        @Schema(required = true, nullable = true) UUID ownerId,
        @Schema(required = true, nullable = true, readOnly = true) String ownerName,
        @Schema(required = true) boolean sharedWithCustomer,
        @Schema(required = true, description = "Opportunities of the account it rests on (deleted ones left out).")
        List<UUID> opportunityIds,
        @Schema(required = true, description = "Tasks of the account that move it (deleted ones left out).")
        List<UUID> taskIds,
        @Schema(required = true, readOnly = true, description = "The latest measurement's value (GROWTH: the"
                + " account's ARR now); the baseline before any.") BigDecimal currentValue,
        @Schema(required = true, nullable = true, readOnly = true, description = "The day of that value; null before"
                + " any measurement.") LocalDate currentOn,
        @Schema(required = true, readOnly = true, description = "How far from baseline to target the current value"
                + " has come, in percent (below 0 when it went back, above 100 past the target).")
        BigDecimal progressPct,
        @Schema(required = true, readOnly = true, description = "The value linear progress from the baseline (at the"
                + " plan's start) to the target (at dueOn) expects today.") BigDecimal expectedValue,
        @Schema(required = true, readOnly = true) ObjectiveStatus status,
        @Schema(required = true, readOnly = true, description = "Oldest first. None for GROWTH, whose value is the"
                + " account's ARR.") List<MeasurementView> measurements,
        @Schema(required = true, readOnly = true, description = "By due date.") List<MilestoneView> milestones,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {
}
