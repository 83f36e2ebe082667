package com.stratum.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One account's revenue retention for a year: its recurring revenue in the starting 12 months, what it kept of it
 * (the measured 12 months' revenue, capped at the starting revenue) and the measured 12 months' revenue.
 */
public record AccountRetention(BigDecimal starting, BigDecimal retained, BigDecimal ending) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** GRR in percent, to one decimal (for people); {@link #grrBelow} compares exactly. */
    public BigDecimal grrPct() {
        return percent(retained, starting);
    }

    /** NRR in percent, to one decimal rounded down: the measured revenue against the starting revenue. */
    public BigDecimal nrrPct() {
        return percent(ending, starting);
    }

    /** Whether the kept share is below {@code thresholdPct} percent, exactly (99.99 % is below 100 %). */
    public boolean grrBelow(BigDecimal thresholdPct) {
        return retained.multiply(HUNDRED).compareTo(thresholdPct.multiply(starting)) < 0;
    }

    /** {@code part / whole} in percent to one decimal, rounded down so that a loss never rounds up to 100 %. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.DOWN);
    }
}
