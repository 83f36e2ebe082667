package com.stratum.revenuealert;

import com.stratum.revenuealert.AlertEvidence.MonthRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three revenue alert rules, the one home of each: pure functions over one product's monthly series (or the
 * account's monthly totals), relative to the latest complete month (the month before today's, by the injected
 * clock). A month missing from a series is a month with nothing bought; a product counts as bought in a month when
 * its quantity is above zero.
 *
 * <ul>
 * <li><b>STOPPED_BUYING</b>: N is the larger of 2 and 1.5 x the median gap between the product's orders (in
 * months, over the {@link #HISTORY_MONTHS} months read; rounded up to whole months). The product was bought in
 * none of the last N complete months (the latest included) and in at least {@code minMonthsBought} (4) of the 6
 * months before those N. Not raised when the same N months a year earlier had no order either while the product
 * was bought in the 6 months before them: a seasonal pause the customer took last year too.</li>
 * <li><b>VOLUME_DROP</b>: a product bought in at least {@code minMonthsBought} (4) of the 6 months before the
 * latest complete month, whose latest complete month's quantity is more than {@code volumeDropPct} (30 %) below the
 * average of those 6 months (a month without an order counts as 0). Exactly 30 % below does not alert.</li>
 * <li><b>REVENUE_DECLINE</b>: the account's amount in the last 3 complete months is more than
 * {@code revenueDeclinePct} (15 %) below the same 3 months a year earlier (which must have had revenue).</li>
 * </ul>
 *
 * The money at risk of a finding (annualised): STOPPED_BUYING the product's amount in the 12 complete months up to
 * the latest; VOLUME_DROP 12 x (the baseline's average monthly amount - the latest month's amount); REVENUE_DECLINE
 * 4 x (the year-earlier 3 months' amount - the last 3 months' amount).
 */
public final class AlertRules {
    /** The months before the silence (STOPPED_BUYING) or before the latest month (VOLUME_DROP) a product is judged on. */
    public static final int BASELINE_MONTHS = 6;
    /** STOPPED_BUYING: never fewer months without an order than this. */
    public static final int MIN_SILENT_MONTHS = 2;
    /** STOPPED_BUYING: N is at least this many times the median gap between orders. */
    public static final BigDecimal GAP_FACTOR = new BigDecimal("1.5");
    /** REVENUE_DECLINE: the last this many complete months against the same months a year earlier. */
    public static final int DECLINE_MONTHS = 3;
    /** How many months of lines detection reads, ending with the latest complete month. */
    public static final int HISTORY_MONTHS = 25;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private AlertRules() {
    }

    /** A month's figures: the quantity and the amount bought. */
    public record Figure(BigDecimal quantity, BigDecimal amount) {
        public static final Figure NONE = new Figure(BigDecimal.ZERO, BigDecimal.ZERO);

        boolean bought() {
            return quantity.signum() > 0;
        }
    }

    /** What a rule found: the episode it is about (see V31), its evidence and the money at risk. */
    public record Finding(AlertRule rule, LocalDate episode, AlertEvidence evidence, BigDecimal amountAtRisk) {
    }

    /** The latest complete calendar month on {@code today}: the month before today's. */
    public static YearMonth latestCompleteMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }

    public static Optional<Finding> stoppedBuying(Map<YearMonth, Figure> series, YearMonth latest, AlertPolicy policy) {
        if (!policy.stoppedBuying()) {
            return Optional.empty();
        }
        YearMonth first = latest.minusMonths(HISTORY_MONTHS - 1L);
        List<YearMonth> bought = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(latest); m = m.plusMonths(1)) {
            if (figure(series, m).bought()) {
                bought.add(m);
            }
        }
        if (bought.size() < 2) {
            return Optional.empty();
        }
        BigDecimal medianGap = medianGap(bought);
        int silent = Math.max(MIN_SILENT_MONTHS, medianGap.multiply(GAP_FACTOR).setScale(0, RoundingMode.CEILING)
                .intValueExact());
        YearMonth silentFrom = latest.minusMonths(silent - 1L);
        YearMonth baselineFrom = silentFrom.minusMonths(BASELINE_MONTHS);
        if (countBought(series, silentFrom, latest) > 0) {
            return Optional.empty();
        }
        int monthsBought = countBought(series, baselineFrom, silentFrom.minusMonths(1));
        if (monthsBought < policy.minMonthsBought()) {
            return Optional.empty();
        }
        boolean pausedLastYear = countBought(series, silentFrom.minusYears(1), latest.minusYears(1)) == 0
                && countBought(series, baselineFrom.minusYears(1), silentFrom.minusYears(1).minusMonths(1)) > 0;
        if (pausedLastYear) {
            return Optional.empty();
        }
        YearMonth lastBought = bought.get(bought.size() - 1);
        List<AlertEvidence.Month> months = new ArrayList<>();
        addMonths(months, series, baselineFrom, silentFrom.minusMonths(1), MonthRole.BASELINE);
        addMonths(months, series, silentFrom, latest, MonthRole.SILENT);
        BigDecimal lastYear = sumAmount(series, latest.minusMonths(11), latest);
        String summary = "Bought in " + monthsBought + " of the 6 months to " + silentFrom.minusMonths(1)
                + " and in none of the " + silent + " months since (last order " + lastBought + ").";
        AlertEvidence evidence = new AlertEvidence(summary, latest.atDay(1), null, monthsBought, medianGap, silent,
                lastBought.atDay(1), null, null, null, null, null, months);
        return Optional.of(new Finding(AlertRule.STOPPED_BUYING, lastBought.atDay(1), evidence, money(lastYear)));
    }

    public static Optional<Finding> volumeDrop(Map<YearMonth, Figure> series, YearMonth latest, AlertPolicy policy) {
        if (!policy.volumeDrop()) {
            return Optional.empty();
        }
        YearMonth baselineFrom = latest.minusMonths(BASELINE_MONTHS);
        YearMonth baselineTo = latest.minusMonths(1);
        int monthsBought = countBought(series, baselineFrom, baselineTo);
        if (monthsBought < policy.minMonthsBought()) {
            return Optional.empty();
        }
        BigDecimal baselineQuantity = BigDecimal.ZERO;
        for (YearMonth m = baselineFrom; !m.isAfter(baselineTo); m = m.plusMonths(1)) {
            baselineQuantity = baselineQuantity.add(figure(series, m).quantity());
        }
        Figure latestFigure = figure(series, latest);
        BigDecimal months = BigDecimal.valueOf(BASELINE_MONTHS);
        // latest < average x (100 - pct) / 100, without dividing: latest x 6 x 100 < sum x (100 - pct)
        if (latestFigure.quantity().multiply(months).multiply(HUNDRED)
                .compareTo(baselineQuantity.multiply(HUNDRED.subtract(policy.volumeDropPct()))) >= 0) {
            return Optional.empty();
        }
        BigDecimal average = baselineQuantity.divide(months, 3, RoundingMode.HALF_UP);
        BigDecimal change = percentChange(latestFigure.quantity().multiply(months), baselineQuantity);
        List<AlertEvidence.Month> evidenceMonths = new ArrayList<>();
        addMonths(evidenceMonths, series, baselineFrom, baselineTo, MonthRole.BASELINE);
        addMonths(evidenceMonths, series, latest, latest, MonthRole.LATEST);
        BigDecimal twelve = BigDecimal.valueOf(12);
        BigDecimal atRisk = sumAmount(series, baselineFrom, baselineTo).multiply(twelve).divide(months, 2,
                RoundingMode.HALF_UP).subtract(latestFigure.amount().multiply(twelve)).max(BigDecimal.ZERO);
        String summary = latest + ": " + plain(latestFigure.quantity()) + " units, " + plain(change.negate())
                + " % below the average of " + plain(average) + " over the 6 months before (threshold "
                + plain(policy.volumeDropPct()) + " %).";
        AlertEvidence evidence = new AlertEvidence(summary, latest.atDay(1), policy.volumeDropPct(), monthsBought,
                null, null, null, average, latestFigure.quantity(), null, null, change, evidenceMonths);
        return Optional.of(new Finding(AlertRule.VOLUME_DROP, latest.atDay(1), evidence, money(atRisk)));
    }

    public static Optional<Finding> revenueDecline(Map<YearMonth, Figure> totals, YearMonth latest, AlertPolicy policy) {
        if (!policy.revenueDecline()) {
            return Optional.empty();
        }
        YearMonth recentFrom = latest.minusMonths(DECLINE_MONTHS - 1L);
        BigDecimal recent = sumAmount(totals, recentFrom, latest);
        BigDecimal earlier = sumAmount(totals, recentFrom.minusYears(1), latest.minusYears(1));
        if (earlier.signum() <= 0 || recent.multiply(HUNDRED)
                .compareTo(earlier.multiply(HUNDRED.subtract(policy.revenueDeclinePct()))) >= 0) {
            return Optional.empty();
        }
        BigDecimal change = percentChange(recent, earlier);
        List<AlertEvidence.Month> months = new ArrayList<>();
        addMonths(months, totals, recentFrom.minusYears(1), latest.minusYears(1), MonthRole.YEAR_EARLIER);
        addMonths(months, totals, recentFrom, latest, MonthRole.RECENT);
        String summary = recentFrom + " to " + latest + ": " + plain(recent) + ", " + plain(change.negate())
                + " % below the " + plain(earlier) + " of the same months a year earlier (threshold "
                + plain(policy.revenueDeclinePct()) + " %).";
        AlertEvidence evidence = new AlertEvidence(summary, latest.atDay(1), policy.revenueDeclinePct(), null, null,
                null, null, null, null, recent, earlier, change, months);
        return Optional.of(new Finding(AlertRule.REVENUE_DECLINE, latest.atDay(1), evidence,
                money(earlier.subtract(recent).multiply(BigDecimal.valueOf(12 / DECLINE_MONTHS)))));
    }

    /** The median of the gaps, in months, between consecutive months with an order (at least two months given). */
    static BigDecimal medianGap(List<YearMonth> bought) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < bought.size(); i++) {
            gaps.add(bought.get(i - 1).until(bought.get(i), java.time.temporal.ChronoUnit.MONTHS));
        }
        gaps.sort(null);
        int n = gaps.size();
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(gaps.get(n / 2))
                : BigDecimal.valueOf(gaps.get(n / 2 - 1) + gaps.get(n / 2)).divide(BigDecimal.valueOf(2));
        return median.setScale(1, RoundingMode.UNNECESSARY);
    }

    private static Figure figure(Map<YearMonth, Figure> series, YearMonth month) {
        return series.getOrDefault(month, Figure.NONE);
    }

    private static int countBought(Map<YearMonth, Figure> series, YearMonth from, YearMonth to) {
        int count = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            count += figure(series, m).bought() ? 1 : 0;
        }
        return count;
    }

    private static BigDecimal sumAmount(Map<YearMonth, Figure> series, YearMonth from, YearMonth to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            sum = sum.add(figure(series, m).amount());
        }
        return sum;
    }

    private static void addMonths(List<AlertEvidence.Month> months, Map<YearMonth, Figure> series, YearMonth from,
            YearMonth to, MonthRole role) {
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Figure f = figure(series, m);
            months.add(new AlertEvidence.Month(m.atDay(1), role, f.quantity(), f.amount()));
        }
    }

    /** (value - base) / base in percent, two decimals. */
    private static BigDecimal percentChange(BigDecimal value, BigDecimal base) {
        return value.subtract(base).multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
