package com.stratum.opportunity;

import com.stratum.account.Account;
import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Pipeline and growth figures, aggregated in PostgreSQL. */
@ApplicationScoped
public class PipelineReports {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final EntityManager em;
    private final AccountQueries accounts;
    private final AccountGrowths growths;
    private final Clock clock;

    public PipelineReports(EntityManager em, AccountQueries accounts, AccountGrowths growths, Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.growths = growths;
        this.clock = clock;
    }

    public record Criteria(List<UUID> ownerIds, List<OpportunityType> types, List<UUID> accountIds, List<Tier> tiers,
            LocalDate from, LocalDate to) {
    }

    @Transactional
    public PipelineSummary summary(Criteria criteria) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = criteria.to() != null ? criteria.to() : today;
        LocalDate from = criteria.from() != null ? criteria.from()
                : today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        if (from.isAfter(to)) {
            throw ApiProblem.badParameter("from", "must not be after 'to'");
        }
        // Owners and accounts narrow the data enough to aggregate the opportunities themselves (through the figures
        // the totals are made of, V11); everything else is read from the running totals the database keeps (V8).
        boolean fromTotals = criteria.ownerIds().isEmpty() && criteria.accountIds().isEmpty();
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder filter = new StringBuilder();
        if (!criteria.ownerIds().isEmpty()) {
            filter.append(" and o.owner_id in (:owners)");
            params.put("owners", criteria.ownerIds());
        }
        if (!criteria.types().isEmpty()) {
            filter.append(" and o.type in (:types)");
            params.put("types", criteria.types().stream().map(Enum::name).toList());
        }
        if (!criteria.accountIds().isEmpty()) {
            filter.append(" and o.account_id in (:accounts)");
            params.put("accounts", criteria.accountIds());
        }
        if (!criteria.tiers().isEmpty()) {
            filter.append(fromTotals ? " and o.tier in (:tiers)" : " and a.tier in (:tiers)");
            params.put("tiers", criteria.tiers().stream().map(Enum::name).toList());
        }
        String openSql = fromTotals
                ? "select o.stage, sum(o.count), sum(o.amount), sum(o.weighted) from pipeline_open_total o"
                        + " where true" + filter + " group by o.stage"
                : "select o.stage, count(*), sum(o.amount), sum(o.weighted)"
                        + " from opportunity_figure o" + accountJoin(criteria) + " where o.closed_at is null" + filter
                        + " group by o.stage";
        String closedSql = fromTotals
                ? "select o.stage, o.type, sum(o.count), sum(o.amount) from pipeline_closed_day o"
                        + " where o.day >= :fromDay and o.day <= :toDay" + filter + " group by o.stage, o.type"
                : "select o.stage, o.type, count(*), sum(o.amount) from opportunity_figure o" + accountJoin(criteria)
                        + " where o.closed_at >= :from and o.closed_at < :toExclusive" + filter
                        + " group by o.stage, o.type";

        Map<Stage, PipelineSummary.StageTotal> open = new EnumMap<>(Stage.class);
        for (Object row : bind(em.createNativeQuery(openSql), params).getResultList()) {
            Object[] r = (Object[]) row;
            Stage stage = Stage.valueOf((String) r[0]);
            open.put(stage, new PipelineSummary.StageTotal(stage, count(r[1]), money(r[2]), money(r[3])));
        }
        List<PipelineSummary.StageTotal> stages = Arrays.stream(Stage.values()).filter(s -> !s.closed())
                .map(s -> open.getOrDefault(s, new PipelineSummary.StageTotal(s, 0, ZERO, ZERO))).toList();

        Map<String, Object> window = new LinkedHashMap<>(params);
        if (fromTotals) {
            window.put("fromDay", from);
            window.put("toDay", to);
        } else {
            window.put("from", from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
            window.put("toExclusive", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
        }
        Map<OpportunityType, PipelineSummary.TypeTotal> wonByType = new EnumMap<>(OpportunityType.class);
        long lostCount = 0;
        BigDecimal lostAmount = ZERO;
        for (Object row : bind(em.createNativeQuery(closedSql), window).getResultList()) {
            Object[] r = (Object[]) row;
            OpportunityType type = OpportunityType.valueOf((String) r[1]);
            if (Stage.valueOf((String) r[0]) == Stage.WON) {
                wonByType.put(type, new PipelineSummary.TypeTotal(type, count(r[2]), money(r[3])));
            } else {
                lostCount += count(r[2]);
                lostAmount = lostAmount.add(money(r[3]));
            }
        }
        List<PipelineSummary.TypeTotal> byType = Arrays.stream(OpportunityType.values())
                .map(t -> wonByType.getOrDefault(t, new PipelineSummary.TypeTotal(t, 0, ZERO))).toList();
        long wonCount = byType.stream().mapToLong(PipelineSummary.TypeTotal::count).sum();
        BigDecimal wonAmount = byType.stream().map(PipelineSummary.TypeTotal::amount).reduce(ZERO, BigDecimal::add);

        PipelineSummary.Totals openTotals = new PipelineSummary.Totals(
                stages.stream().mapToLong(PipelineSummary.StageTotal::count).sum(),
                stages.stream().map(PipelineSummary.StageTotal::amount).reduce(ZERO, BigDecimal::add),
                stages.stream().map(PipelineSummary.StageTotal::weightedAmount).reduce(ZERO, BigDecimal::add));
        BigDecimal winRate = wonCount + lostCount == 0 ? null
                : BigDecimal.valueOf(wonCount * 100).divide(BigDecimal.valueOf(wonCount + lostCount), 1,
                RoundingMode.HALF_UP);
        return new PipelineSummary(from, to, stages, openTotals, new PipelineSummary.Totals(wonCount, wonAmount,
                wonAmount), byType, new PipelineSummary.Totals(lostCount, lostAmount, ZERO), winRate);
    }

    @Transactional
    public Growth growth(UUID accountId, Integer requestedYear) {
        Account account = accounts.find(accountId);
        int year = requestedYear != null ? requestedYear : LocalDate.now(clock).getYear();
        if (year < 2000 || year > 2100) {
            throw ApiProblem.badParameter("year", "must be a year from 2000 to 2100");
        }
        AccountGrowth g = growths.ofAccounts(List.of(account.id), year).get(0);
        BigDecimal attainment = g.targetAmount().signum() == 0 ? null
                : g.wonExpansion().multiply(BigDecimal.valueOf(100)).divide(g.targetAmount(), 1, RoundingMode.HALF_UP);
        return new Growth(accountId, year, g.baselineArr(), g.targetPct(), g.targetAmount(), g.wonExpansion(),
                attainment, g.renewalsWon(), g.renewalsLost(), g.renewalsOpen(),
                g.revenue() == null ? null : g.revenue().grrPct(), g.grrThresholdPct(), g.retentionMet(),
                g.blockers(), g.retentionMet(), g.commissionableExpansion(), g.whatIfs());
    }

    /** The account is joined only when its tier is asked for. */
    private static String accountJoin(Criteria criteria) {
        return criteria.tiers().isEmpty() ? "" : " join account a on a.id = o.account_id";
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value == null ? ZERO : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
