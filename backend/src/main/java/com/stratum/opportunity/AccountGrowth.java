package com.stratum.opportunity;

import com.stratum.revenue.AccountRetention;
import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One account's growth in a year as {@link AccountGrowths} reads it for many accounts at once: its target, won
 * expansion, renewals, revenue retention (null without revenue data), the retention gate's blockers (none: its
 * won expansion counts) and the open renewals whose winning would clear the gate.
 */
public record AccountGrowth(UUID accountId, String accountName, UUID ownerId, Tier tier, String lastQbrGrade,
        Instant lastQbrAt, int year, BigDecimal baselineArr, int targetPct, BigDecimal targetAmount,
        BigDecimal wonExpansion, long renewalsWon, long renewalsLost, long renewalsOpen, AccountRetention revenue,
        BigDecimal grrThresholdPct, List<RetentionGate.Blocker> blockers, List<RenewalWhatIf> whatIfs) {

    public boolean retentionMet() {
        return blockers.isEmpty();
    }

    /** The won expansion that counts toward commission: all of it once retention is met, else none. */
    public BigDecimal commissionableExpansion() {
        return retentionMet() ? wonExpansion : BigDecimal.ZERO.setScale(2);
    }
}
