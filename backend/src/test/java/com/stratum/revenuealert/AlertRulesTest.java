package com.stratum.revenuealert;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.revenuealert.AlertRules.Figure;
import com.stratum.revenuealert.AlertRules.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three rules on hand-made monthly series, with their edges. */
class AlertRulesTest {
    private static final YearMonth LATEST = YearMonth.of(2026, 10);
    private static final AlertPolicy POLICY = AlertPolicy.DEFAULT;

    /** A series: quantity per month, oldest first, ending with {@code end}; the amount is 10 per unit. */
    private static Map<YearMonth, Figure> series(YearMonth end, double... quantities) {
        Map<YearMonth, Figure> series = new HashMap<>();
        YearMonth m = end.minusMonths(quantities.length - 1L);
        for (double q : quantities) {
            BigDecimal quantity = BigDecimal.valueOf(q);
            series.put(m, new Figure(quantity, quantity.multiply(BigDecimal.TEN)));
            m = m.plusMonths(1);
        }
        return series;
    }

    private static Optional<Finding> stopped(Map<YearMonth, Figure> series) {
        return AlertRules.stoppedBuying(series, LATEST, POLICY);
    }

    @Test
    void theLatestCompleteMonthIsTheMonthBeforeToday() {
        assertThat(AlertRules.latestCompleteMonth(LocalDate.of(2026, 11, 1))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(AlertRules.latestCompleteMonth(LocalDate.of(2026, 1, 31))).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void stoppedBuyingAfterMonthlyOrders() {
        // Monthly for a year, then nothing in September and October: the median gap is 1, so N = 2.
        Optional<Finding> finding = stopped(series(LATEST, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0));
        assertThat(finding).isPresent();
        AlertEvidence evidence = finding.get().evidence();
        assertThat(evidence.silentMonths()).isEqualTo(2);
        assertThat(evidence.monthsBought()).isEqualTo(6);
        assertThat(evidence.medianGapMonths()).isEqualByComparingTo("1");
        assertThat(evidence.lastBoughtMonth()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(finding.get().episode()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(evidence.months()).hasSize(8);
        // What it brought in the 12 months to October: 10 months of 5 units at 10 each.
        assertThat(finding.get().amountAtRisk()).isEqualByComparingTo("500.00");
    }

    @Test
    void stoppedBuyingNeedsExactlyFourOfTheSixBaselineMonths() {
        // Monthly from September 2025 to February 2026 (so the median gap is 1 and N = 2), then the baseline March to
        // August, then silent September and October.
        assertThat(stopped(series(LATEST, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 0, 5, 0, 0))).isPresent(); // Mar, Apr, Jun, Aug
        assertThat(stopped(series(LATEST, 5, 5, 5, 5, 5, 5, 5, 0, 0, 5, 0, 5, 0, 0))).isEmpty(); // Mar, Jun, Aug
    }

    @Test
    void stoppedBuyingWaitsForTheLastMonthsToBeSilent() {
        assertThat(stopped(series(LATEST, 5, 5, 5, 5, 5, 5, 5, 0))).isEmpty(); // only October silent
        assertThat(stopped(series(LATEST, 5, 5, 5, 5, 5, 5, 0, 5))).isEmpty(); // bought in October
    }

    @Test
    void aProductBoughtEverySecondMonthDoesNotAlert() {
        // Every second month for two years: the median gap is 2, so N = 3; a normal two-month gap is no alert.
        assertThat(stopped(series(LATEST, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0)))
                .isEmpty();
        assertThat(stopped(series(LATEST, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 0)))
                .isEmpty();
        assertThat(AlertRules.volumeDrop(series(LATEST, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 0), LATEST, POLICY))
                .isEmpty();
    }

    @Test
    void nGrowsWithTheMedianGap() {
        // Orders every 2 months (median gap 2, N = 3) with a baseline of 4 of 6 thanks to a busy spell: silent 3 months.
        Map<YearMonth, Figure> series = series(LATEST.minusMonths(3), 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 5, 5, 5);
        Optional<Finding> finding = AlertRules.stoppedBuying(series, LATEST, POLICY);
        assertThat(finding).isPresent();
        assertThat(finding.get().evidence().silentMonths()).isEqualTo(3);
        assertThat(finding.get().evidence().medianGapMonths()).isEqualByComparingTo("2");
        // The same, silent only 2 months: not yet.
        series = series(LATEST.minusMonths(2), 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 5, 5, 5);
        assertThat(AlertRules.stoppedBuying(series, LATEST, POLICY)).isEmpty();
    }

    @Test
    void aSeasonalGapTheCustomerTookLastYearTooDoesNotAlert() {
        // Bought October to March, nothing April to September, for two years; the latest complete month is May 2026.
        YearMonth may = YearMonth.of(2026, 5);
        Map<YearMonth, Figure> seasonal = series(may, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 0, 0);
        assertThat(AlertRules.stoppedBuying(seasonal, may, POLICY)).isEmpty();
        // Last year the customer went on buying through May: this year's gap is news.
        Map<YearMonth, Figure> notSeasonal = series(may, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 0, 0);
        assertThat(AlertRules.stoppedBuying(notSeasonal, may, POLICY)).isPresent();
    }

    @Test
    void volumeDropAboveThirtyPercentOnly() {
        // Baseline April to September: 10 units each, average 10.
        assertThat(AlertRules.volumeDrop(series(LATEST, 10, 10, 10, 10, 10, 10, 7), LATEST, POLICY)).isEmpty();
        Optional<Finding> drop = AlertRules.volumeDrop(series(LATEST, 10, 10, 10, 10, 10, 10, 6.99), LATEST, POLICY);
        assertThat(drop).isPresent();
        AlertEvidence evidence = drop.get().evidence();
        assertThat(evidence.baselineAverage()).isEqualByComparingTo("10");
        assertThat(evidence.latestQuantity()).isEqualByComparingTo("6.99");
        assertThat(evidence.changePct()).isEqualByComparingTo("-30.10");
        assertThat(evidence.thresholdPct()).isEqualByComparingTo("30");
        assertThat(evidence.months()).hasSize(7);
        // (100 average amount - 69.90) x 12
        assertThat(drop.get().amountAtRisk()).isEqualByComparingTo("361.20");
        assertThat(drop.get().episode()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void volumeDropAveragesOverSixMonthsAndNeedsFourOfThem() {
        // Bought in exactly 4 of 6 (12 each: average 8); 5 units is 37.5 % below.
        assertThat(AlertRules.volumeDrop(series(LATEST, 12, 0, 12, 12, 0, 12, 5), LATEST, POLICY)).isPresent();
        // 6 units is 25 % below the average of 8: no alert, though half of 12.
        assertThat(AlertRules.volumeDrop(series(LATEST, 12, 0, 12, 12, 0, 12, 6), LATEST, POLICY)).isEmpty();
        // 3 of 6 months: not a regular product.
        assertThat(AlertRules.volumeDrop(series(LATEST, 12, 0, 0, 12, 0, 12, 0), LATEST, POLICY)).isEmpty();
    }

    @Test
    void revenueDeclineAgainstTheSameMonthsAYearEarlier() {
        // Aug to Oct 2025: 100 each; Aug to Oct 2026: 85 each is exactly 15 % below: no alert; 84.99 is.
        Map<YearMonth, Figure> totals = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            totals.put(LATEST.minusMonths(i).minusYears(1), new Figure(BigDecimal.ONE, new BigDecimal("100")));
            totals.put(LATEST.minusMonths(i), new Figure(BigDecimal.ONE, new BigDecimal("85")));
        }
        assertThat(AlertRules.revenueDecline(totals, LATEST, POLICY)).isEmpty();
        totals.put(LATEST, new Figure(BigDecimal.ONE, new BigDecimal("84.99")));
        Optional<Finding> decline = AlertRules.revenueDecline(totals, LATEST, POLICY);
        assertThat(decline).isPresent();
        assertThat(decline.get().evidence().recentAmount()).isEqualByComparingTo("254.99");
        assertThat(decline.get().evidence().yearEarlierAmount()).isEqualByComparingTo("300");
        assertThat(decline.get().evidence().changePct()).isEqualByComparingTo("-15.00");
        assertThat(decline.get().amountAtRisk()).isEqualByComparingTo("180.04");
        assertThat(decline.get().evidence().months()).extracting(AlertEvidence.Month::role)
                .containsExactly(AlertEvidence.MonthRole.YEAR_EARLIER, AlertEvidence.MonthRole.YEAR_EARLIER,
                        AlertEvidence.MonthRole.YEAR_EARLIER, AlertEvidence.MonthRole.RECENT,
                        AlertEvidence.MonthRole.RECENT, AlertEvidence.MonthRole.RECENT);
    }

    @Test
    void noDeclineWithoutRevenueAYearEarlier() {
        Map<YearMonth, Figure> totals = new HashMap<>();
        totals.put(LATEST, new Figure(BigDecimal.ONE, new BigDecimal("10")));
        assertThat(AlertRules.revenueDecline(totals, LATEST, POLICY)).isEmpty();
    }

    @Test
    void thePolicySwitchesRulesOffAndMovesThresholds() {
        AlertPolicy off = new AlertPolicy(false, false, false, 4, new BigDecimal("30"), new BigDecimal("15"));
        assertThat(AlertRules.stoppedBuying(series(LATEST, 5, 5, 5, 5, 5, 5, 0, 0), LATEST, off)).isEmpty();
        assertThat(AlertRules.volumeDrop(series(LATEST, 10, 10, 10, 10, 10, 10, 1), LATEST, off)).isEmpty();
        AlertPolicy strict = new AlertPolicy(true, true, true, 6, new BigDecimal("20"), new BigDecimal("15"));
        assertThat(AlertRules.volumeDrop(series(LATEST, 10, 10, 10, 10, 10, 10, 7.5), LATEST, strict)).isPresent();
        assertThat(AlertRules.volumeDrop(series(LATEST, 10, 10, 10, 10, 10, 0, 1), LATEST, strict)).isEmpty();
    }
}
