package com.stratum.opportunity;

import com.stratum.account.Lifecycle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The retention gate on commission: won expansion counts only once the account is retained for the year. Until
 * revenue data exists, retention is judged on renewals and on what the account record says today.
 */
public final class RetentionGate {
    private RetentionGate() {
    }

    @Schema(name = "RetentionBlockerCode", description = "Why retention is not met.")
    public enum Code { RENEWAL_LOST, RENEWAL_NOT_WON, CHURNED, ARR_BELOW_BASELINE }

    @Schema(name = "RetentionBlocker", description = "One reason retention is not met, with a sentence for people.")
    public record Blocker(@Schema(required = true) Code code, @Schema(required = true) String message) {
    }

    /** What one account's year looks like to the gate. */
    public record Facts(int year, long renewalsLost, long renewalsExpectedNotWon, boolean currentYear,
            Lifecycle lifecycle, BigDecimal arr, BigDecimal baselineArr) {
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
