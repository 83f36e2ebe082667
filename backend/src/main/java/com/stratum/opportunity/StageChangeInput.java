package com.stratum.opportunity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StageRequest",
        description = "Moves an opportunity to a stage. WON and LOST close it; LOST needs a lossReason.")
public record StageChangeInput(
        @Schema(required = true) @NotNull Stage stage,
        @Schema(nullable = true, maxLength = 1000, description = "Required for LOST.") @Size(max = 1000)
        String lossReason,
        @Schema(nullable = true, description = "The competitor that won (GET /api/v1/competitors); only for LOST.")
        java.util.UUID lossCompetitorId,
        @Schema(nullable = true, maxLength = 1000, description = "Kept in the history.") @Size(max = 1000)
        String note) {
}
