package com.stratum.opportunity;

import com.stratum.account.Lifecycle;
import com.stratum.revenue.AccountRetention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The retention gate on commission: won expansion counts only once the account is retained for the year. Renewals
 * always count: none lost, every one expected in the year won. Beside them, money judges when the account has
 * revenue data (recurring revenue in the 12 months before the year): its gross revenue retention for the year must
 * reach the company's threshold (settings, default 100 %). Without revenue data, what the account record says
 * today judges the current year instead: not churned, ARR not below the year's baseline.
 */
public final class RetentionGate {
    private RetentionGate() {
    }

    @Schema(name = "RetentionBlockerCode", description = "Why retention is not met.")
    public enum Code { RENEWAL_LOST, RENEWAL_NOT_WON, CHURNED, ARR_BELOW_BASELINE, GRR_BELOW_THRESHOLD }

    @Schema(name = "RetentionBlocker", description = "One reason retention is not met, with a sentence for people.")
    public record Blocker(@Schema(required = true) Code code, @Schema(required = true) String message) {
    }

    /**
     * What one account's year looks like to the gate; {@code revenue} is null without revenue data (no recurring
     * revenue in the 12 months before the year).
     */
    public record Facts(int year, long renewalsLost, long renewalsExpectedNotWon, boolean currentYear,
            Lifecycle lifecycle, BigDecimal arr, BigDecimal baselineArr, AccountRetention revenue,
            BigDecimal grrThresholdPct) {
    }

    /**
     * Every reason the year's retention is not met; none means it is. Lifecycle and ARR are today's, so they
     * judge the current year only.
     */
    public static List<Blocker> blockers(Facts facts) {
        List<Blocker> blockers = new ArrayList<>();
        if (facts.renewalsLost() > 0) {
            blockers.add(new Blocker(Code.RENEWAL_LOST, facts.renewalsLost() == 1
                    ? "A renewal was lost in " + facts.year() + "."
                    : facts.renewalsLost() + " renewals were lost in " + facts.year() + "."));
        }
        if (facts.renewalsExpectedNotWon() > 0) {
            blockers.add(new Blocker(Code.RENEWAL_NOT_WON, facts.renewalsExpectedNotWon() == 1
                    ? "A renewal expected to close in " + facts.year() + " is not won."
                    : facts.renewalsExpectedNotWon() + " renewals expected to close in " + facts.year()
                            + " are not won."));
        }
        if (facts.revenue() != null) {
            AccountRetention revenue = facts.revenue();
            if (revenue.grrBelow(facts.grrThresholdPct())) {
                blockers.add(new Blocker(Code.GRR_BELOW_THRESHOLD, "Gross revenue retention in " + facts.year()
                        + " is " + revenue.grrPct().toPlainString() + " %, below the "
                        + facts.grrThresholdPct().stripTrailingZeros().toPlainString() + " % threshold: "
                        + revenue.retained().toPlainString() + " of " + revenue.starting().toPlainString()
                        + " recurring revenue was kept."));
            }
            return List.copyOf(blockers);
        }
        if (facts.currentYear() && facts.lifecycle() == Lifecycle.CHURNED) {
            blockers.add(new Blocker(Code.CHURNED, "The account is marked as churned."));
        }
        if (facts.currentYear() && facts.arr() != null && facts.baselineArr() != null
                && facts.arr().compareTo(facts.baselineArr()) < 0) {
            blockers.add(new Blocker(Code.ARR_BELOW_BASELINE, "ARR of " + facts.arr().toPlainString()
                    + " is below the " + facts.baselineArr().toPlainString() + " the year started with."));
        }
        return List.copyOf(blockers);
    }
}
