package com.stratum.revenue;

import com.stratum.common.ApiProblem;
import com.stratum.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An account's revenue for the Revenue tab: one statement reads its lines in the range and the
 * {@link RevenueTrend#TRAILING_MONTHS} months before its last (the primary key leads with the account), grouped
 * here by product, family or month (at most a few hundred rows: products × months).
 */
@ApplicationScoped
public class AccountRevenueReport {
    /** The longest range one call covers, in months. */
    public static final int MAX_MONTHS = 36;

    private final EntityManager em;
    private final SettingsService settings;
    private final Clock clock;

    public AccountRevenueReport(EntityManager em, SettingsService settings, Clock clock) {
        this.em = em;
        this.settings = settings;
        this.clock = clock;
    }

    private record Line(UUID productId, String sku, String name, String family, boolean recurring, boolean active,
            YearMonth period, BigDecimal quantity, BigDecimal amount) {
    }

    @Transactional
    public AccountRevenueView report(UUID accountId, String fromText, String toText, String groupByText) {
        YearMonth current = YearMonth.now(clock);
        YearMonth to = month("to", toText, current.minusMonths(1));
        YearMonth from = month("from", fromText, to.minusMonths(11));
        RevenueGroupBy groupBy = groupBy(groupByText);
        if (from.isAfter(to)) {
            throw ApiProblem.badParameter("from", "must be the same month as `to` or an earlier one");
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw ApiProblem.badParameter("to", "must be at most " + MAX_MONTHS + " months after `from`; ask for a"
                    + " shorter range");
        }
        YearMonth readFrom = from.isBefore(to.minusMonths(RevenueTrend.TRAILING_MONTHS)) ? from
                : to.minusMonths(RevenueTrend.TRAILING_MONTHS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.sku, p.name, p.family, p.recurring, p.active, l.period, l.quantity, l.amount
                  from account a
                  left join revenue_line l on l.account_id = a.id and l.period between ?2 and ?3
                  left join product p on p.id = l.product_id
                 where a.id = ?1
                 order by l.period""").setParameter(1, accountId).setParameter(2, readFrom.atDay(1))
                .setParameter(3, to.atDay(1)).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("account", accountId);
        }
        List<Line> lines = rows.stream().filter(r -> r[0] != null).map(r -> new Line((UUID) r[0], (String) r[1],
                (String) r[2], (String) r[3], (Boolean) r[4], (Boolean) r[5],
                YearMonth.from((java.time.LocalDate) r[6]), (BigDecimal) r[7], (BigDecimal) r[8])).toList();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<Line> inRange = lines.stream().filter(l -> !l.period().isBefore(from)).toList();
        return new AccountRevenueView(accountId, settings.currency(), from.toString(), to.toString(), groupBy,
                months.stream().map(YearMonth::toString).toList(), groups(inRange, months, groupBy),
                figures(inRange, months), trends(lines, to));
    }

    private static List<AccountRevenueView.Group> groups(List<Line> lines, List<YearMonth> months,
            RevenueGroupBy groupBy) {
        Map<String, List<Line>> byKey = new LinkedHashMap<>();
        Map<String, String[]> labels = new LinkedHashMap<>();
        if (groupBy == RevenueGroupBy.MONTH) {
            for (YearMonth m : months) {
                byKey.put(m.toString(), new ArrayList<>());
                labels.put(m.toString(), new String[] {m.toString(), null});
            }
        }
        for (Line line : lines) {
            String key = switch (groupBy) {
                case PRODUCT -> line.productId().toString();
                case FAMILY -> line.family();
                case MONTH -> line.period().toString();
            };
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
            labels.computeIfAbsent(key, k -> switch (groupBy) {
                case PRODUCT -> new String[] {line.name(), line.family()};
                case FAMILY -> new String[] {line.family(), line.family()};
                case MONTH -> new String[] {k, null};
            });
        }
        List<AccountRevenueView.Group> groups = new ArrayList<>();
        byKey.forEach((key, members) -> {
            List<YearMonth> own = groupBy == RevenueGroupBy.MONTH ? List.of(YearMonth.parse(key)) : months;
            groups.add(new AccountRevenueView.Group(key, labels.get(key)[0], labels.get(key)[1],
                    sum(members, Line::quantity), sum(members, Line::amount), figures(members, own)));
        });
        if (groupBy != RevenueGroupBy.MONTH) {
            groups.sort(Comparator.comparing(AccountRevenueView.Group::amount).reversed()
                    .thenComparing(g -> g.label().toLowerCase(Locale.ROOT)));
        }
        return groups;
    }

    private static List<AccountRevenueView.MonthFigure> figures(List<Line> lines, List<YearMonth> months) {
        Map<YearMonth, BigDecimal[]> byMonth = new LinkedHashMap<>();
        months.forEach(m -> byMonth.put(m, new BigDecimal[] {BigDecimal.ZERO.setScale(3), BigDecimal.ZERO.setScale(2)}));
        for (Line line : lines) {
            BigDecimal[] figure = byMonth.get(line.period());
            if (figure != null) {
                figure[0] = figure[0].add(line.quantity());
                figure[1] = figure[1].add(line.amount());
            }
        }
        return byMonth.entrySet().stream().map(e -> new AccountRevenueView.MonthFigure(e.getKey().toString(),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    private static List<AccountRevenueView.ProductTrend> trends(List<Line> lines, YearMonth last) {
        Map<UUID, List<Line>> byProduct = new LinkedHashMap<>();
        lines.stream().filter(l -> !l.period().isBefore(last.minusMonths(RevenueTrend.TRAILING_MONTHS)))
                .forEach(l -> byProduct.computeIfAbsent(l.productId(), k -> new ArrayList<>()).add(l));
        BigDecimal trailing = BigDecimal.valueOf(RevenueTrend.TRAILING_MONTHS);
        List<AccountRevenueView.ProductTrend> trends = new ArrayList<>();
        byProduct.forEach((id, own) -> {
            Line any = own.get(0);
            List<Line> before = own.stream().filter(l -> l.period().isBefore(last)).toList();
            List<Line> now = own.stream().filter(l -> l.period().equals(last)).toList();
            BigDecimal averageAmount = sum(before, Line::amount).divide(trailing, 2, RoundingMode.HALF_UP);
            BigDecimal averageQuantity = sum(before, Line::quantity).divide(trailing, 3, RoundingMode.HALF_UP);
            BigDecimal lastAmount = sum(now, Line::amount);
            String lastBought = own.stream().filter(l -> l.quantity().signum() > 0 || l.amount().signum() > 0)
                    .map(Line::period).max(Comparator.naturalOrder()).map(YearMonth::toString).orElse(null);
            trends.add(new AccountRevenueView.ProductTrend(id, any.sku(), any.name(), any.family(), any.recurring(),
                    any.active(), sum(now, Line::quantity), lastAmount, averageQuantity, averageAmount,
                    RevenueTrend.changePct(lastAmount, averageAmount), RevenueTrend.of(lastAmount, averageAmount),
                    lastBought));
        });
        trends.sort(Comparator.comparing(AccountRevenueView.ProductTrend::averageAmount).reversed()
                .thenComparing(AccountRevenueView.ProductTrend::lastAmount, Comparator.reverseOrder())
                .thenComparing(t -> t.name().toLowerCase(Locale.ROOT)));
        return trends;
    }

    private static BigDecimal sum(List<Line> lines, java.util.function.Function<Line, BigDecimal> value) {
        return lines.stream().map(value).reduce(BigDecimal::add).orElse(BigDecimal.ZERO);
    }

    private static YearMonth month(String name, String text, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (RevenueLines.PERIOD.matcher(text.trim()).matches()) {
            try {
                return YearMonth.parse(text.trim());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw ApiProblem.badParameter(name, "must be a month written YYYY-MM, such as 2026-10");
    }

    private static RevenueGroupBy groupBy(String text) {
        if (text == null || text.isBlank()) {
            return RevenueGroupBy.PRODUCT;
        }
        try {
            return RevenueGroupBy.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter("groupBy", "must be one of product, family, month");
        }
    }
}
