package com.stratum.revenuealert;

import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueAtRiskReport", description = "Open revenue alerts (NEW or ACKNOWLEDGED), the accounts they are"
        + " on and the money at risk, by owner and by tier. An account's money at risk is the larger of the sum, over"
        + " its alerted products, of each product's largest alert amount (STOPPED_BUYING: the product's revenue in the"
        + " 12 complete months to detection; VOLUME_DROP: 12 x the monthly shortfall against its baseline average) and"
        + " its REVENUE_DECLINE amount (4 x the shortfall of its last 3 complete months against a year earlier), so a"
        + " loss seen by two rules is counted once.")
public record RevenueAtRisk(
        @Schema(required = true, description = "The company currency of every amount.") String currency,
        @Schema(required = true, description = "Every open alert the filters match.") Figures overall,
        @Schema(required = true, description = "Owners with open alerts, the most money at risk first.")
        List<OwnerRow> byOwner,
        @Schema(required = true, description = "Tiers with open alerts, in tier order.") List<TierRow> byTier) {

    @Schema(name = "RevenueAtRiskFigures")
    public record Figures(
            @Schema(required = true) long openAlerts,
            @Schema(required = true) long accounts,
            @Schema(required = true) BigDecimal amountAtRisk) {
    }

    @Schema(name = "RevenueAtRiskOwner")
    public record OwnerRow(
            @Schema(required = true, nullable = true, description = "Null for accounts without an owner.")
            UUID ownerId,
            @Schema(required = true, nullable = true) String ownerName,
            @Schema(required = true) Figures figures) {
    }

    @Schema(name = "RevenueAtRiskTier")
    public record TierRow(
            @Schema(required = true) Tier tier,
            @Schema(required = true) Figures figures) {
    }
}
