package com.stratum.scorecard;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Replaces an owner's targets for a year; a field left out or null takes its default.")
public record OwnerTargetInput(
        @Schema(nullable = true, minimum = "0", description = "Won expansion the owner should bring in the year."
                + " Default: the sum of the owner's accounts' growth targets (baseline × growth target %).",
                examples = "250000") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal expansionTarget,
        @Schema(nullable = true, minimum = "0", maximum = "100", description = "The portfolio gate: no expansion"
                + " pays while the owner's GRR is below it. Default: the company's threshold (settings).",
                examples = "95") @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal grrThresholdPct,
        @Schema(nullable = true, minimum = "0", maximum = "1000", description = "The NRR the owner aims at; none by"
                + " default.", examples = "110") @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4,
                fraction = 2) BigDecimal nrrTargetPct) {
}
