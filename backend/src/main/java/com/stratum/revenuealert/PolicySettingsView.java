package com.stratum.revenuealert;

import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueAlertSettings", description = "The revenue alert policy of each tier: which rules run and"
        + " their thresholds.")
public record PolicySettingsView(
        @Schema(required = true, description = "STANDARD, KEY, STRATEGIC.") List<Policy> policies,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    @Schema(name = "RevenueAlertPolicy")
    public record Policy(
            @Schema(required = true) Tier tier,
            @Schema(required = true) boolean stoppedBuying,
            @Schema(required = true) boolean volumeDrop,
            @Schema(required = true) boolean revenueDecline,
            @Schema(required = true) int minMonthsBought,
            @Schema(required = true) BigDecimal volumeDropPct,
            @Schema(required = true) BigDecimal revenueDeclinePct,
            @Schema(required = true) Instant updatedAt) {
    }
}
