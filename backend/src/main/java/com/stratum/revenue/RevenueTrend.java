package com.stratum.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product's trend on the Revenue tab, the one home of the rule: the last month of the range against the average
 * of the {@link #TRAILING_MONTHS} months before it (months without a line count as zero). UP or DOWN beyond
 * {@link #BAND_PCT} percent either way, FLAT within; NEW when it was not bought in the trailing months but is in the
 * last; STOPPED when it was bought in the trailing months but not in the last; NONE when neither.
 */
@Schema(name = "RevenueTrend", description = "The last month against the average of the 6 months before it: UP or"
        + " DOWN by more than 10 %, FLAT within; NEW (bought now, not before), STOPPED (bought before, not now), NONE"
        + " (neither).")
public enum RevenueTrend {
    UP, DOWN, FLAT, NEW, STOPPED, NONE;

    public static final int TRAILING_MONTHS = 6;
    public static final BigDecimal BAND_PCT = BigDecimal.TEN;

    /** The change in percent of {@code last} against {@code average}; null without an average. */
    static BigDecimal changePct(BigDecimal last, BigDecimal average) {
        if (average.signum() == 0) {
            return null;
        }
        return last.subtract(average).multiply(BigDecimal.valueOf(100)).divide(average, 1, RoundingMode.HALF_UP);
    }

    static RevenueTrend of(BigDecimal last, BigDecimal average) {
        if (average.signum() == 0) {
            return last.signum() > 0 ? NEW : NONE;
        }
        if (last.signum() == 0) {
            return STOPPED;
        }
        BigDecimal pct = changePct(last, average);
        return pct.compareTo(BAND_PCT) > 0 ? UP : pct.compareTo(BAND_PCT.negate()) < 0 ? DOWN : FLAT;
    }
}
