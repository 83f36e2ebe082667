package com.stratum.revenue;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Revenue retention of a set of accounts over one year (see GET /api/v1/reports/retention for"
        + " the definitions). Amounts are recurring revenue in the company currency.")
public record RetentionFigures(
        @Schema(required = true, description = "Accounts with recurring revenue in the starting 12 months: the"
                + " cohort.") long cohortAccounts,
        @Schema(required = true, description = "The cohort's recurring revenue in the starting 12 months.")
        BigDecimal startingRevenue,
        @Schema(required = true, description = "Sum over the cohort of min(measured, starting) revenue: what was"
                + " kept, expansion never counted.") BigDecimal retainedRevenue,
        @Schema(required = true, description = "The cohort's recurring revenue in the measured 12 months"
                + " (expansion included, accounts new in the year excluded).") BigDecimal endingRevenue,
        @Schema(required = true, nullable = true, description = "Gross revenue retention: retainedRevenue /"
                + " startingRevenue in percent, one decimal rounded down, at most 100; null without a cohort.")
        BigDecimal grrPct,
        @Schema(required = true, nullable = true, description = "Net revenue retention: endingRevenue /"
                + " startingRevenue in percent, one decimal rounded down; null without a cohort.") BigDecimal nrrPct,
        @Schema(required = true, description = "Cohort accounts with no recurring revenue in the measured 12 months.")
        long churnedAccounts,
        @Schema(required = true, description = "The starting revenue of the churned accounts.")
        BigDecimal churnedRevenue,
        @Schema(required = true, description = "Cohort accounts that kept some but less recurring revenue.")
        long contractedAccounts,
        @Schema(required = true, description = "What the contracted accounts lost: starting minus measured.")
        BigDecimal contractionRevenue,
        @Schema(required = true, description = "Cohort accounts whose recurring revenue grew.") long expandedAccounts,
        @Schema(required = true, description = "What the expanded accounts added: measured minus starting.")
        BigDecimal expansionRevenue,
        @Schema(required = true, description = "Accounts with recurring revenue in the measured 12 months but none in"
                + " the starting 12: not in the cohort, so in neither GRR nor NRR.") long newAccounts,
        @Schema(required = true, description = "The new accounts' recurring revenue in the measured 12 months.")
        BigDecimal newRevenue) {
}
