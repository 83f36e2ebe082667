package com.stratum.opportunity;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account's growth in one year: won expansion against its target, and the retention gate"
        + " on commission.")
public record Growth(
        @Schema(required = true) UUID accountId,
        @Schema(required = true) int year,
        @Schema(required = true, description = "The ARR the year started with.") BigDecimal baselineArr,
        @Schema(required = true) int targetPct,
        @Schema(required = true, description = "baselineArr × targetPct / 100") BigDecimal targetAmount,
        @Schema(required = true, description = "Won UPSELL and CROSS_SELL amount closed in the year.")
        BigDecimal wonExpansion,
        @Schema(required = true, nullable = true, description = "wonExpansion / targetAmount in percent; null when"
                + " the target is 0.") BigDecimal attainmentPct,
        @Schema(required = true) long renewalsWon,
        @Schema(required = true) long renewalsLost,
        @Schema(required = true, description = "Renewals expected to close in the year that are still open.")
        long renewalsOpen,
        @Schema(required = true, nullable = true, description = "The account's gross revenue retention in the year"
                + " (the current year: the trailing 12 complete months), from its recurring revenue lines, as GET"
                + " /api/v1/reports/retention defines it; null without revenue data (no recurring revenue in the 12"
                + " months before).") BigDecimal grrPct,
        @Schema(required = true, description = "The company's GRR threshold (settings) the gate holds grrPct to.")
        BigDecimal grrThresholdPct,
        @Schema(required = true, description = "No renewal lost in the year and every renewal expected to close in it"
                + " won; and, with revenue data, the year's GRR at least grrThresholdPct; without, for the current"
                + " year, the account neither churned nor below its baseline ARR. retentionBlockers say which rule"
                + " failed.") boolean retentionMet,
        @Schema(required = true, description = "Why retention is not met; empty when it is.")
        List<RetentionGate.Blocker> retentionBlockers,
        @Schema(required = true, description = "Won expansion counts toward commission only when retention is met.")
        boolean expansionCommissionable,
        @Schema(required = true, description = "The won expansion that counts toward commission.")
        BigDecimal commissionableExpansion,
        @Schema(required = true, description = "While retention is not met: each open renewal whose winning alone"
                + " would meet it, with the won expansion that would then count (\"win this renewal and 48,000.00 of"
                + " expansion becomes payable\"). Empty when retention is met or no single renewal clears it.")
        List<RenewalWhatIf> whatIfs) {
}
