package com.stratum.revenue;

import com.stratum.settings.SettingsService;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Revenue retention, read from {@code recurring_revenue_12m} (V32: each account's recurring revenue per 12
 * months, kept exact by triggers on revenue_line): two rows per account whatever the number of lines. The report
 * reads two rollups kept with that table (V52: the window's figures per owner and tier, summed by SQL with the
 * same definitions, and its cohort's losses in order), so that it reads rows per group, not per account. The one
 * home of the GRR and NRR percentages: the report and the retention gate ({@link #ofAccount}) both use them.
 */
@ApplicationScoped
public class RetentionReports {
    static final int LARGEST_LOSSES = 10;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final EntityManager em;
    private final SettingsService settings;
    private final Clock clock;

    public RetentionReports(EntityManager em, SettingsService settings, Clock clock) {
        this.em = em;
        this.settings = settings;
        this.clock = clock;
    }

    public record Criteria(Integer year, List<UUID> ownerIds, List<Tier> tiers) {
    }

    @Transactional
    public RetentionReport report(Criteria criteria) {
        LocalDate today = LocalDate.now(clock);
        RetentionYear year = RetentionYear.of(criteria.year() != null ? criteria.year() : today.getYear(), today);
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("measuredEnd", year.measuredEnd());
        if (!criteria.ownerIds().isEmpty()) {
            where.append(where.isEmpty() ? " where " : " and ").append("a.owner_id in (:owners)");
            params.put("owners", criteria.ownerIds());
        }
        if (!criteria.tiers().isEmpty()) {
            where.append(where.isEmpty() ? " where " : " and ").append("a.tier in (:tiers)");
            params.put("tiers", criteria.tiers().stream().map(Tier::name).toList());
        }
        String filters = where.toString().replace(" where ", " and ");
        // The rollups hold a window from its first request on (at once unless a new month just began).
        em.createNativeQuery("select 1 from (select retention_window_add(:measuredEnd)) written")
                .setParameter("measuredEnd", year.measuredEnd()).getResultList();
        // The figures per (owner, tier) from the rollup's deltas (V52; compacted by RetentionCompaction), added up
        // by SQL into the report's rows: the total (level 3), one per owner (level 1, the owner's name joined to the
        // few groups) and one per tier (level 2). Java then maps a row per owner, not one per (owner, tier) group to
        // sum itself.
        List<?> rows = bind(em.createNativeQuery("""
                select grouping(g.owner_id, g.tier), g.owner_id, g.tier, sum(g.f0), sum(g.f1), sum(g.f2), sum(g.f3),
                       sum(g.f4), sum(g.f5), sum(g.f6), sum(g.f7), sum(g.f8), sum(g.f9), sum(g.f10), sum(g.f11),
                       max(u.name) from (
                select a.owner_id, a.tier, sum(cohort_accounts) as f0, sum(starting_revenue) as f1,
                       sum(retained_revenue) as f2, sum(ending_revenue) as f3, sum(churned_accounts) as f4,
                       sum(churned_revenue) as f5, sum(contracted_accounts) as f6, sum(contraction_revenue) as f7,
                       sum(expanded_accounts) as f8, sum(expansion_revenue) as f9, sum(new_accounts) as f10,
                       sum(new_revenue) as f11
                  from retention_group_delta a
                 where a.measured_end = :measuredEnd""" + filters + """

                 group by a.owner_id, a.tier
                having sum(cohort_accounts) + sum(new_accounts) > 0) g
                  left join app_user u on u.id = g.owner_id
                 group by grouping sets ((g.owner_id), (g.tier), ())"""), params).getResultList();
        // Only cohort accounts can lose: the rollup's loss rows, largest first.
        List<?> losses = bind(em.createNativeQuery("""
                select a.account_id, c.name, a.owner_id, a.tier, a.starting, a.ending
                  from retention_loss a
                  join account c on c.id = a.account_id
                 where a.measured_end = :measuredEnd"""
                + filters + " order by a.starting - a.ending desc, a.account_id limit " + LARGEST_LOSSES), params)
                .getResultList();

        RetentionFigures total = figures(new Object[16]); // no group: the empty set's zeros
        List<RetentionReport.OwnerRetention> byOwner = new ArrayList<>();
        Map<Tier, RetentionFigures> tiers = new EnumMap<>(Tier.class);
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            switch (((Number) r[0]).intValue()) {
                case 1 -> byOwner.add(new RetentionReport.OwnerRetention((UUID) r[1], (String) r[15], figures(r)));
                case 2 -> tiers.put(Tier.valueOf((String) r[2]), figures(r));
                default -> total = figures(r);
            }
        }
        byOwner.sort(Comparator.comparing((RetentionReport.OwnerRetention o) -> o.figures().startingRevenue())
                .reversed().thenComparing(o -> String.valueOf(o.ownerId())));
        List<RetentionReport.TierRetention> byTier = new ArrayList<>();
        tiers.forEach((tier, figures) -> byTier.add(new RetentionReport.TierRetention(tier, figures)));
        List<RetentionReport.RevenueLoss> largest = losses.stream().map(row -> {
            Object[] r = (Object[]) row;
            BigDecimal starting = money(r[4]);
            BigDecimal ending = money(r[5]);
            return new RetentionReport.RevenueLoss((UUID) r[0], (String) r[1], (UUID) r[2],
                    Tier.valueOf((String) r[3]), starting, ending, starting.subtract(ending), ending.signum() == 0);
        }).toList();
        return new RetentionReport(year.year(), year.trailing(), year.startingFrom(), year.startingTo(),
                year.measuredFrom(), year.measuredTo(), settings.currency(), total, byOwner, byTier,
                largest);
    }

    /**
     * One account's retention in {@code year} (the current year: the trailing 12 complete months); empty when it
     * had no recurring revenue in the starting 12 months, so that money has nothing to say about it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AccountRetention> ofAccount(UUID accountId, int year) {
        LocalDate today = LocalDate.now(clock);
        if (year > today.getYear() || year < RetentionYear.FIRST_YEAR) {
            return Optional.empty();
        }
        RetentionYear windows = RetentionYear.of(year, today);
        Object[] r = (Object[]) em.createNativeQuery("""
                select (select amount from recurring_revenue_12m where window_end = :startingEnd and account_id = :a),
                       (select amount from recurring_revenue_12m where window_end = :measuredEnd and account_id = :a)""")
                .setParameter("startingEnd", windows.startingEnd()).setParameter("measuredEnd", windows.measuredEnd())
                .setParameter("a", accountId).getSingleResult();
        if (r[0] == null) {
            return Optional.empty();
        }
        BigDecimal starting = money(r[0]);
        BigDecimal ending = money(r[1]);
        return Optional.of(new AccountRetention(starting, starting.min(ending), ending));
    }

    /**
     * The retention of several accounts in {@code year}, in one statement: each account with recurring revenue in the
     * starting 12 months (the others have none, so money has nothing to say about them), as {@link #ofAccount}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, AccountRetention> ofAccounts(java.util.Collection<UUID> accountIds, int year) {
        LocalDate today = LocalDate.now(clock);
        if (accountIds.isEmpty() || year > today.getYear() || year < RetentionYear.FIRST_YEAR) {
            return Map.of();
        }
        RetentionYear windows = RetentionYear.of(year, today);
        Map<UUID, AccountRetention> result = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                select s.account_id, s.amount, e.amount
                  from recurring_revenue_12m s
                  left join recurring_revenue_12m e on e.window_end = :measuredEnd and e.account_id = s.account_id
                 where s.window_end = :startingEnd and s.account_id in (:accounts)""")
                .setParameter("startingEnd", windows.startingEnd()).setParameter("measuredEnd", windows.measuredEnd())
                .setParameter("accounts", accountIds).getResultList()) {
            Object[] r = (Object[]) row;
            BigDecimal starting = money(r[1]);
            BigDecimal ending = money(r[2]);
            result.put((UUID) r[0], new AccountRetention(starting, starting.min(ending), ending));
        }
        return result;
    }

    /**
     * The retention of an owner's portfolio in {@code year} (the accounts they own today, as the report filtered by
     * ownerId counts them): the cohort's starting, retained and measured revenue summed; empty without a cohort.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AccountRetention> ofOwner(UUID ownerId, int year) {
        LocalDate today = LocalDate.now(clock);
        if (year > today.getYear() || year < RetentionYear.FIRST_YEAR) {
            return Optional.empty();
        }
        RetentionYear windows = RetentionYear.of(year, today);
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(s.amount), 0), coalesce(sum(least(s.amount, coalesce(e.amount, 0))), 0),
                       coalesce(sum(coalesce(e.amount, 0)), 0)
                  from recurring_revenue_12m s
                  left join recurring_revenue_12m e on e.window_end = :measuredEnd and e.account_id = s.account_id
                  join account a on a.id = s.account_id
                 where s.window_end = :startingEnd and a.owner_id = :owner""")
                .setParameter("startingEnd", windows.startingEnd()).setParameter("measuredEnd", windows.measuredEnd())
                .setParameter("owner", ownerId).getSingleResult();
        if (((Number) r[0]).longValue() == 0) {
            return Optional.empty();
        }
        return Optional.of(new AccountRetention(money(r[1]), money(r[2]), money(r[3])));
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static BigDecimal money(Object value) {
        if (value == null) {
            return ZERO;
        }
        BigDecimal amount = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A report row's figures: the sums in columns 3 to 14 (null when no group matched), as the report's columns. */
    private static RetentionFigures figures(Object[] r) {
        BigDecimal starting = money(r[4]);
        BigDecimal retained = money(r[5]);
        BigDecimal ending = money(r[6]);
        return new RetentionFigures(count(r[3]), starting, retained, ending, AccountRetention.percent(retained,
                starting), AccountRetention.percent(ending, starting), count(r[7]), money(r[8]), count(r[9]),
                money(r[10]), count(r[11]), money(r[12]), count(r[13]), money(r[14]));
    }
}
