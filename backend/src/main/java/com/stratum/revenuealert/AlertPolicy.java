package com.stratum.revenuealert;

import java.math.BigDecimal;

/**
 * The alert policy of one tier: which rules run and their thresholds (table revenue_alert_policy, changed through
 * {@code PUT /api/v1/settings/revenue-alerts}).
 *
 * @param minMonthsBought a product is bought regularly when bought in at least this many of the 6 baseline months
 * @param volumeDropPct   VOLUME_DROP when the latest month is more than this many percent below the baseline average
 * @param revenueDeclinePct REVENUE_DECLINE when the last 3 months are more than this many percent below a year earlier
 */
public record AlertPolicy(boolean stoppedBuying, boolean volumeDrop, boolean revenueDecline, int minMonthsBought,
        BigDecimal volumeDropPct, BigDecimal revenueDeclinePct) {
    /** The defaults of V31: every rule on, 4 of 6 months, 30 % and 15 %. */
    public static final AlertPolicy DEFAULT = new AlertPolicy(true, true, true, 4, new BigDecimal("30"),
            new BigDecimal("15"));
}
