package com.stratum.revenue;

import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Gross and net revenue retention of the accounts the filters match, over one year, with the"
        + " figures per owner and per tier and the accounts that lost the most.")
public record RetentionReport(
        @Schema(required = true) int year,
        @Schema(required = true, description = "True for the current year: the trailing 12 complete months are"
                + " measured against the 12 before them.") boolean trailing,
        @Schema(required = true, description = "First month of the starting 12 months.") LocalDate startingFrom,
        @Schema(required = true, description = "Last month of the starting 12 months (its first day).")
        LocalDate startingTo,
        @Schema(required = true, description = "First month of the measured 12 months.") LocalDate measuredFrom,
        @Schema(required = true, description = "Last month of the measured 12 months (its first day).")
        LocalDate measuredTo,
        @Schema(required = true, description = "The company currency every amount is in.", examples = "EUR")
        String currency,
        @Schema(required = true) RetentionFigures totals,
        @Schema(required = true, description = "The figures of each owner's accounts (accounts without an owner"
                + " under ownerId null), largest starting revenue first.") List<OwnerRetention> byOwner,
        @Schema(required = true, description = "The figures of each tier's accounts, in tier order.")
        List<TierRetention> byTier,
        @Schema(required = true, description = "The cohort accounts that lost the most recurring revenue (churned or"
                + " contracted), at most " + RetentionReports.LARGEST_LOSSES + ", largest loss first.")
        List<RevenueLoss> largestLosses) {

    @Schema(name = "OwnerRetention", description = "Revenue retention of one owner's accounts.")
    public record OwnerRetention(
            @Schema(required = true, nullable = true) UUID ownerId,
            @Schema(required = true, nullable = true) String ownerName,
            @Schema(required = true) RetentionFigures figures) {
    }

    @Schema(name = "TierRetention", description = "Revenue retention of one tier's accounts (their tier today).")
    public record TierRetention(@Schema(required = true) Tier tier, @Schema(required = true) RetentionFigures figures) {
    }

    @Schema(name = "RevenueLoss", description = "A cohort account that kept less recurring revenue than it started"
            + " with.")
    public record RevenueLoss(
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true, nullable = true) UUID ownerId,
            @Schema(required = true) Tier tier,
            @Schema(required = true) BigDecimal startingRevenue,
            @Schema(required = true) BigDecimal endingRevenue,
            @Schema(required = true, description = "startingRevenue - endingRevenue") BigDecimal lostRevenue,
            @Schema(required = true, description = "True when nothing recurring was billed in the measured 12"
                    + " months.") boolean churned) {
    }
}
