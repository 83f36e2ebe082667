package com.stratum.tier;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A tier's budget: exactly one of maxSharePct (share of live accounts) and maxCount.")
public record TierBudgetInput(
        @Schema(nullable = true, description = "The largest share of live accounts in the tier, in percent (above 0,"
                + " at most 100, two decimals).", examples = "10")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal maxSharePct,
        @Schema(nullable = true, description = "The largest count of live accounts in the tier.")
        @Min(0) @Max(1_000_000) Integer maxCount) {
}
