package com.stratum.revenuealert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an alert saw when it was raised: the months and figures that triggered it, kept as they were then. */
@Schema(name = "RevenueAlertEvidence", description = "The months and figures that triggered the alert, as they were"
        + " when it was raised. Months are the first day of a calendar month.")
public record AlertEvidence(
        @Schema(required = true, description = "One sentence saying what was seen.") String summary,
        @Schema(required = true, description = "The latest complete month when the alert was raised.")
        LocalDate latestCompleteMonth,
        @Schema(required = true, description = "The rule's threshold in percent (VOLUME_DROP, REVENUE_DECLINE) or"
                + " null.", nullable = true) BigDecimal thresholdPct,
        @Schema(required = true, nullable = true, description = "STOPPED_BUYING and VOLUME_DROP: in how many of the"
                + " 6 baseline months the product was bought.") Integer monthsBought,
        @Schema(required = true, nullable = true, description = "STOPPED_BUYING: the median gap between orders, in"
                + " months.") BigDecimal medianGapMonths,
        @Schema(required = true, nullable = true, description = "STOPPED_BUYING: N, the months without an order"
                + " that raise the alert (the larger of 2 and 1.5 x the median gap, rounded up).") Integer silentMonths,
        @Schema(required = true, nullable = true, description = "STOPPED_BUYING: the last month the product was"
                + " bought.") LocalDate lastBoughtMonth,
        @Schema(required = true, nullable = true, description = "VOLUME_DROP: the baseline's average monthly"
                + " quantity.") BigDecimal baselineAverage,
        @Schema(required = true, nullable = true, description = "VOLUME_DROP: the latest complete month's quantity.")
        BigDecimal latestQuantity,
        @Schema(required = true, nullable = true, description = "REVENUE_DECLINE: the amount of the last 3 complete"
                + " months.") BigDecimal recentAmount,
        @Schema(required = true, nullable = true, description = "REVENUE_DECLINE: the amount of the same 3 months a"
                + " year earlier.") BigDecimal yearEarlierAmount,
        @Schema(required = true, nullable = true, description = "VOLUME_DROP and REVENUE_DECLINE: the change in"
                + " percent (negative: a drop), to two decimals.") BigDecimal changePct,
        @Schema(required = true, description = "The months the rule looked at, oldest first.")
        List<Month> months) {

    /** What a month was to the rule. */
    public enum MonthRole {
        /** A month of the baseline (STOPPED_BUYING, VOLUME_DROP). */
        BASELINE,
        /** A month without an order that the rule required (STOPPED_BUYING). */
        SILENT,
        /** The latest complete month (VOLUME_DROP). */
        LATEST,
        /** One of the last 3 complete months (REVENUE_DECLINE). */
        RECENT,
        /** One of the same 3 months a year earlier (REVENUE_DECLINE). */
        YEAR_EARLIER
    }

    @Schema(name = "RevenueAlertEvidenceMonth")
    public record Month(
            @Schema(required = true) LocalDate month,
            @Schema(required = true) MonthRole role,
            @Schema(required = true) BigDecimal quantity,
            @Schema(required = true) BigDecimal amount) {
    }
}
