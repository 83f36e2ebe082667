package com.stratum.scorecard;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An owner's targets for a year, each with whether it was set or is the default.")
public record OwnerTargetView(
        @Schema(required = true) UUID userId,
        @Schema(required = true) int year,
        @Schema(required = true, description = "The target in force: the one set, else the default.")
        BigDecimal expansionTarget,
        @Schema(required = true, description = "The sum of the owner's accounts' growth targets.")
        BigDecimal defaultExpansionTarget,
        @Schema(required = true) boolean expansionTargetSet,
        @Schema(required = true) BigDecimal grrThresholdPct,
        @Schema(required = true) boolean grrThresholdSet,
        @Schema(required = true, nullable = true) BigDecimal nrrTargetPct,
        @Schema(required = true, description = "0 while nothing was set.") long version) {
}
