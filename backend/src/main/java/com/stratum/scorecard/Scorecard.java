package com.stratum.scorecard;

import com.stratum.opportunity.RenewalWhatIf;
import com.stratum.opportunity.RetentionGate;
import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An owner's year: won expansion against the target, what of it pays and what blocks the rest,"
        + " revenue retention of the portfolio, QBR grades and coverage. Risk flags are not part of it yet.")
public record Scorecard(
        @Schema(required = true) UUID userId,
        @Schema(required = true) String userName,
        @Schema(required = true) int year,
        @Schema(required = true) OwnerTargetView targets,
        @Schema(required = true, description = "Won UPSELL and CROSS_SELL closed in the year on the accounts the"
                + " owner has today.") BigDecimal expansionWon,
        @Schema(required = true, nullable = true, description = "expansionWon / targets.expansionTarget in percent,"
                + " one decimal; null when the target is 0.") BigDecimal attainmentPct,
        @Schema(required = true, description = "The won expansion that pays: on accounts whose retention gate is met,"
                + " and none while the portfolio gate is not.") BigDecimal commissionableExpansion,
        @Schema(required = true, description = "expansionWon - commissionableExpansion.") BigDecimal blockedExpansion,
        @Schema(required = true) Portfolio portfolio,
        @Schema(required = true, description = "The accounts with won expansion in the year or an open renewal that"
                + " would clear their gate, by name.") List<AccountLine> accounts,
        @Schema(required = true, description = "Every open renewal whose winning alone would clear its account's"
                + " gate, with the expansion that would become payable (none pays while the portfolio gate is not"
                + " met).") List<WhatIf> whatIfs,
        @Schema(required = true) Grades grades) {

    @Schema(name = "ScorecardPortfolio", description = "Revenue retention of the accounts the owner has today, as GET"
            + " /api/v1/reports/retention?ownerId= computes it, and the portfolio gate.")
    public record Portfolio(
            @Schema(required = true, nullable = true, description = "Null without revenue data.") BigDecimal grrPct,
            @Schema(required = true, nullable = true) BigDecimal nrrPct,
            @Schema(required = true) BigDecimal startingRevenue,
            @Schema(required = true) BigDecimal retainedRevenue,
            @Schema(required = true) BigDecimal endingRevenue,
            @Schema(required = true) BigDecimal grrThresholdPct,
            @Schema(required = true, nullable = true) BigDecimal nrrTargetPct,
            @Schema(required = true, nullable = true, description = "Null without a target or revenue data.")
            Boolean nrrTargetMet,
            @Schema(required = true, description = "False: GRR is below the threshold, so no expansion pays. Met"
                    + " without revenue data.") boolean gateMet,
            @Schema(required = true, description = "Why the gate is not met; empty when it is.")
            List<PayBlocker> blockers) {
    }

    @Schema(name = "ScorecardAccount", description = "One account's won expansion and its retention gate.")
    public record AccountLine(
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true) Tier tier,
            @Schema(required = true) BigDecimal targetAmount,
            @Schema(required = true) BigDecimal wonExpansion,
            @Schema(required = true, description = "The account's retention gate is met.") boolean retentionMet,
            @Schema(required = true) List<RetentionGate.Blocker> blockers,
            @Schema(required = true) BigDecimal commissionableExpansion,
            @Schema(required = true) List<RenewalWhatIf> whatIfs) {
    }

    @Schema(name = "ScorecardWhatIf", description = "Win this renewal and payableExpansion becomes payable.")
    public record WhatIf(
            @Schema(required = true) UUID accountId,
            @Schema(required = true) String accountName,
            @Schema(required = true) UUID opportunityId,
            @Schema(required = true) String title,
            @Schema(required = true) BigDecimal payableExpansion,
            @Schema(required = true, description = "The portfolio gate would still hold the money back.")
            boolean portfolioGateBlocks) {
    }

    @Schema(name = "ScorecardGrades", description = "The last QBR grade of the owner's live accounts, the QBR"
            + " coverage of their KEY and STRATEGIC accounts, and the accounts carrying risk flags.")
    public record Grades(
            @Schema(required = true, description = "Best grade first; grades no account has are left out.")
            List<GradeCount> distribution,
            @Schema(required = true) long accountsGraded,
            @Schema(required = true) long accountsNotGraded,
            @Schema(required = true, description = "Accounts whose last grade is below B.") long failing,
            @Schema(required = true) long keyAccounts,
            @Schema(required = true, description = "KEY and STRATEGIC accounts with an answered QBR whose next one is"
                    + " not overdue.") long keyAccountsCovered,
            @Schema(required = true, nullable = true, description = "keyAccountsCovered / keyAccounts in percent,"
                    + " one decimal; null without key accounts.") BigDecimal coveragePct,
            @Schema(required = true, description = "Live accounts with at least one risk flag that counts (not"
                    + " snoozed), as GET /api/v1/accounts?flag= and flagCount count them.") long accountsFlagged,
            @Schema(required = true, description = "Their ARR.") BigDecimal arrAtRisk) {
    }

    @Schema(name = "ScorecardGradeCount")
    public record GradeCount(@Schema(required = true) String grade, @Schema(required = true) long accounts) {
    }
}
