package com.stratum.revenuealert;

import com.stratum.tier.Tier;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueAlertPolicyInput", description = "One tier's alert policy.")
public record PolicyInput(
        @Schema(required = true) @NotNull Tier tier,
        @Schema(required = true, description = "Whether STOPPED_BUYING alerts are raised.") @NotNull
        Boolean stoppedBuying,
        @Schema(required = true, description = "Whether VOLUME_DROP alerts are raised.") @NotNull Boolean volumeDrop,
        @Schema(required = true, description = "Whether REVENUE_DECLINE alerts are raised.") @NotNull
        Boolean revenueDecline,
        @Schema(required = true, minimum = "1", maximum = "6", description = "A product counts as bought regularly"
                + " when bought in at least this many of its 6 baseline months (default 4).") @NotNull @Min(1) @Max(6)
        Integer minMonthsBought,
        @Schema(required = true, description = "VOLUME_DROP when the latest complete month's quantity is more than"
                + " this many percent below the baseline average (default 30; above 0, at most 100).") @NotNull
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal volumeDropPct,
        @Schema(required = true, description = "REVENUE_DECLINE when the last 3 complete months are more than this"
                + " many percent below the same months a year earlier (default 15; above 0, at most 100).") @NotNull
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal revenueDeclinePct) {
}
