package com.stratum.opportunity;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpportunityStageChange", description = "One stage change of an opportunity.")
public record StageChangeView(
        @Schema(required = true) UUID id,
        @Schema(required = true, nullable = true, description = "Null for the creation.") Stage fromStage,
        @Schema(required = true) Stage toStage,
        @Schema(required = true, nullable = true) String note,
        @Schema(required = true, nullable = true, description = "Why it was lost, on a change to LOST.")
        String lossReason,
        @Schema(required = true, nullable = true, description = "Who made the change; null for changes made by the"
                + " system (start-up jobs, older records).") String changedBy,
        @Schema(required = true) Instant changedAt) {

    static StageChangeView of(StageChange c) {
        return new StageChangeView(c.id, c.fromStage, c.toStage, c.note, c.lossReason, c.changedBy, c.changedAt);
    }
}
