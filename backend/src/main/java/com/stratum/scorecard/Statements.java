package com.stratum.scorecard;

import static com.stratum.common.SqlValues.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.ApiProblem;
import com.stratum.common.Text;
import com.stratum.opportunity.AccountGrowth;
import com.stratum.opportunity.AccountGrowths;
import com.stratum.opportunity.RetentionGate;
import com.stratum.revenue.RetentionReports;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import com.stratum.settings.SettingsService;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Commission statements per member and calendar quarter. A statement is computed ({@link #compute}) from the won
 * expansion of the year up to the period's end credited to each member (their split's share, else all of it to the
 * opportunity's owner, else the account's), the account's retention gate and the member's portfolio gate of the year,
 * and the year's plan ({@link CommissionMath}). A manager closes a period once it has ended: its lines are frozen, and
 * every earlier closed period is computed again and compared with what was frozen for it (its lines and adjustments);
 * each difference becomes an ADJUSTMENT line booked into the period being closed, with the reason, audited as the
 * closing manager.
 */
@ApplicationScoped
public class Statements {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final TypeReference<List<PayBlocker>> BLOCKERS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final AccountGrowths growths;
    private final RetentionReports retention;
    private final OwnerTargets targets;
    private final CommissionPlans plans;
    private final SettingsService settings;
    private final ObjectMapper json;
    private final Clock clock;

    public Statements(EntityManager em, AccountGrowths growths, RetentionReports retention, OwnerTargets targets,
            CommissionPlans plans, SettingsService settings, ObjectMapper json, Clock clock) {
        this.em = em;
        this.growths = growths;
        this.retention = retention;
        this.targets = targets;
        this.plans = plans;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** A computed line, before it is frozen or shown; the key of a member's line is its opportunity. */
    record Computed(UUID userId, UUID opportunityId, String title, UUID accountId, String accountName,
            Instant closedAt, BigDecimal wonAmount, BigDecimal sharePct, BigDecimal credit, List<PayBlocker> blockers,
            BigDecimal commission, BigDecimal effectiveRatePct) {
        boolean payable() {
            return blockers.isEmpty();
        }
    }

    /** The lines of {@code period} for {@code userId}, or for every member credited in it when null. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, List<Computed>> compute(Period period, UUID userId) {
        int year = period.year();
        String member = "coalesce(s.user_id, o.owner_id, a.owner_id)";
        var query = em.createNativeQuery("select o.id, o.title, o.account_id, a.name, o.amount, o.closed_at, " + member
                + ", coalesce(s.share_pct, 100) from opportunity o join account a on a.id = o.account_id"
                + " left join opportunity_split s on s.opportunity_id = o.id"
                + " where o.stage = 'WON' and o.type in ('UPSELL', 'CROSS_SELL')"
                + " and o.closed_at >= :from and o.closed_at < :to and " + member + " is not null"
                + (userId == null ? "" : " and " + member + " = :user")
                + " order by " + member + ", o.closed_at, o.id")
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .setParameter("to", period.endInstant());
        if (userId != null) {
            query.setParameter("user", userId);
        }
        List<?> rows = query.getResultList();
        Set<UUID> accounts = new LinkedHashSet<>();
        Set<UUID> members = new LinkedHashSet<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            accounts.add((UUID) r[2]);
            members.add((UUID) r[6]);
        }
        Map<UUID, List<PayBlocker>> accountBlockers = new LinkedHashMap<>();
        for (AccountGrowth g : growths.ofAccounts(accounts, year)) {
            accountBlockers.put(g.accountId(), g.blockers().stream().map(Statements::payBlocker).toList());
        }
        List<UUID> memberList = List.copyOf(members);
        Map<UUID, OwnerTargets.Stored> stored = targets.stored(memberList, year);
        Map<UUID, BigDecimal> defaults = growths.targetsByOwner(memberList, year);
        BigDecimal companyThreshold = settings.grrThresholdPct();
        CommissionPlanView plan = plans.of(year);
        Map<UUID, PayBlocker> portfolioBlockers = new LinkedHashMap<>();
        Map<UUID, BigDecimal> memberTargets = new LinkedHashMap<>();
        for (UUID m : memberList) {
            OwnerTargetView target = OwnerTargets.view(m, year, stored.get(m), defaults.get(m), companyThreshold);
            memberTargets.put(m, target.expansionTarget());
            PayBlocker blocker = PortfolioGate.blocker(retention.ofOwner(m, year).orElse(null),
                    target.grrThresholdPct(), year);
            if (blocker != null) {
                portfolioBlockers.put(m, blocker);
            }
        }

        Map<UUID, List<Computed>> result = new LinkedHashMap<>();
        Map<UUID, BigDecimal> stacked = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            UUID m = (UUID) r[6];
            BigDecimal amount = money(r[4]);
            BigDecimal share = new BigDecimal(r[7].toString()).setScale(2);
            BigDecimal credit = CommissionMath.credit(amount, share);
            List<PayBlocker> blockers = new ArrayList<>(accountBlockers.getOrDefault((UUID) r[2], List.of()));
            if (portfolioBlockers.containsKey(m)) {
                blockers.add(portfolioBlockers.get(m));
            }
            BigDecimal commission = ZERO;
            if (blockers.isEmpty()) {
                BigDecimal before = stacked.getOrDefault(m, ZERO);
                commission = CommissionMath.commission(before, credit, memberTargets.get(m), plan.ratePct(),
                        plan.accelerators());
                stacked.put(m, before.add(credit));
            }
            Instant closedAt = instant(r[5]);
            if (period.contains(closedAt)) {
                result.computeIfAbsent(m, k -> new ArrayList<>()).add(new Computed(m, (UUID) r[0], (String) r[1],
                        (UUID) r[2], (String) r[3], closedAt, amount, share, credit, List.copyOf(blockers), commission,
                        CommissionMath.effectiveRate(commission, credit, plan.ratePct())));
            }
        }
        return result;
    }

    @Transactional
    public CommissionStatement statement(UUID userId, String periodText) {
        Period period = Period.parse(periodText);
        LocalDate today = LocalDate.now(clock);
        if (period.from().isAfter(today)) {
            throw ApiProblem.badParameter("period", "must have started: " + period + " begins on " + period.from());
        }
        User user = ScorecardAccess.requireRead(userId);
        CommissionPlanView plan = plans.of(period.year());
        OwnerTargetView target = OwnerTargets.view(userId, period.year(),
                targets.stored(List.of(userId), period.year()).get(userId),
                growths.targetsByOwner(List.of(userId), period.year()).get(userId), settings.grrThresholdPct());
        Object[] closed = closedPeriod(period);
        List<StatementLine> lines;
        List<StatementLine> adjustments;
        if (closed == null) {
            lines = compute(period, userId).getOrDefault(userId, List.of()).stream()
                    .map(c -> line(StatementLine.Kind.ORIGINAL, period, c, null)).toList();
            adjustments = List.of();
        } else {
            lines = new ArrayList<>();
            adjustments = new ArrayList<>();
            for (Object row : em.createNativeQuery("""
                    select kind, for_year, for_quarter, opportunity_id, opportunity_title, account_id, account_name,
                           closed_at, won_amount, share_pct, credit, payable, blockers::text, commission, reason
                      from commission_line where user_id = :user and period_id = :period
                     order by kind desc, closed_at, for_year, for_quarter, opportunity_id, created_at, id""")
                    .setParameter("user", userId).setParameter("period", closed[0]).getResultList()) {
                Object[] r = (Object[]) row;
                StatementLine.Kind kind = StatementLine.Kind.valueOf((String) r[0]);
                BigDecimal credit = money(r[10]);
                BigDecimal commission = money(r[13]);
                StatementLine line = new StatementLine(kind, ((Number) r[1]).intValue() + "-Q"
                        + ((Number) r[2]).intValue(), (UUID) r[3], (String) r[4], (UUID) r[5], (String) r[6],
                        r[7] == null ? null : instant(r[7]), money(r[8]), new BigDecimal(r[9].toString()).setScale(2),
                        credit, (Boolean) r[11], blockers((String) r[12]),
                        CommissionMath.effectiveRate(commission, credit, plan.ratePct()), commission, (String) r[14]);
                (kind == StatementLine.Kind.ORIGINAL ? lines : adjustments).add(line);
            }
        }
        BigDecimal credit = lines.stream().map(StatementLine::credit).reduce(ZERO, BigDecimal::add);
        BigDecimal payable = lines.stream().filter(StatementLine::payable).map(StatementLine::credit)
                .reduce(ZERO, BigDecimal::add);
        BigDecimal commission = lines.stream().map(StatementLine::commission).reduce(ZERO, BigDecimal::add);
        BigDecimal adjusted = adjustments.stream().map(StatementLine::commission).reduce(ZERO, BigDecimal::add);
        return new CommissionStatement(userId, user.name, period.toString(), period.from(), period.to(),
                closed == null ? CommissionPeriodView.Status.OPEN : CommissionPeriodView.Status.CLOSED,
                closed == null ? null : instant(closed[1]), plan, target.expansionTarget(), lines, adjustments, credit,
                payable, credit.subtract(payable), commission, adjusted, commission.add(adjusted));
    }

    @Transactional
    public CommissionPeriodView period(String periodText) {
        Period period = Period.parse(periodText);
        return periodView(period);
    }

    @Transactional
    public CommissionPeriodView close(String periodText) {
        CurrentCaller.requireRole(Role.MANAGER, "Closing a commission period");
        Period period = Period.parse(periodText);
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(period.end())) {
            throw ApiProblem.conflict("period-not-ended", "Period not ended", "The period " + period + " runs until "
                    + period.to() + "; close it from " + period.end() + " on, once every expansion of it is won.");
        }
        UUID periodId = UUID.randomUUID();
        Instant now = Text.now(clock);
        int inserted = em.createNativeQuery("""
                insert into commission_period (id, year, quarter, closed_at, closed_by)
                values (:id, :year, :quarter, :now, :by) on conflict (year, quarter) do nothing""")
                .setParameter("id", periodId).setParameter("year", period.year())
                .setParameter("quarter", period.quarter()).setParameter("now", now)
                .setParameter("by", CurrentCaller.userId().orElse(null)).executeUpdate();
        if (inserted == 0) {
            throw ApiProblem.conflict("period-closed", "Period closed", "The period " + period + " is closed"
                    + " already; later changes to it are paid as adjustments when the next period closes.");
        }
        for (List<Computed> lines : compute(period, null).values()) {
            for (Computed c : lines) {
                insert(periodId, StatementLine.Kind.ORIGINAL, period, c.userId(), c, c.credit(), c.commission(), null,
                        now);
            }
        }
        for (Object row : em.createNativeQuery("select year, quarter from commission_period where id <> :id"
                + " order by year, quarter").setParameter("id", periodId).getResultList()) {
            Object[] r = (Object[]) row;
            adjust(periodId, new Period(((Number) r[0]).intValue(), ((Number) r[1]).intValue()), now);
        }
        return periodView(period);
    }

    /** What was frozen for one member's opportunity in an earlier period: its sums and its latest figures. */
    private record Frozen(BigDecimal credit, BigDecimal commission, BigDecimal wonAmount, BigDecimal sharePct,
            boolean payable, String title, UUID accountId, String accountName, Instant closedAt) {
    }

    private void adjust(UUID periodId, Period earlier, Instant now) {
        Map<List<UUID>, Frozen> frozen = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                select user_id, opportunity_id, sum(credit) over w, sum(commission) over w, won_amount, share_pct,
                       payable, opportunity_title, account_id, account_name, closed_at,
                       row_number() over (partition by user_id, opportunity_id order by created_at desc, kind, id)
                  from commission_line where for_year = :year and for_quarter = :quarter
                window w as (partition by user_id, opportunity_id)""")
                .setParameter("year", earlier.year()).setParameter("quarter", earlier.quarter()).getResultList()) {
            Object[] r = (Object[]) row;
            if (((Number) r[11]).intValue() == 1) {
                frozen.put(List.of((UUID) r[0], (UUID) r[1]), new Frozen(money(r[2]), money(r[3]), money(r[4]),
                        new BigDecimal(r[5].toString()).setScale(2), (Boolean) r[6], (String) r[7], (UUID) r[8],
                        (String) r[9], r[10] == null ? null : instant(r[10])));
            }
        }
        Map<List<UUID>, Computed> now_ = new LinkedHashMap<>();
        compute(earlier, null).values().forEach(lines -> lines.forEach(c -> now_.put(List.of(c.userId(),
                c.opportunityId()), c)));
        Set<List<UUID>> keys = new LinkedHashSet<>(frozen.keySet());
        keys.addAll(now_.keySet());
        for (List<UUID> key : keys) {
            Frozen f = frozen.get(key);
            Computed c = now_.get(key);
            BigDecimal credit = c == null ? ZERO : c.credit();
            BigDecimal commission = c == null ? ZERO : c.commission();
            BigDecimal frozenCredit = f == null ? ZERO : f.credit();
            BigDecimal frozenCommission = f == null ? ZERO : f.commission();
            boolean payable = c != null && c.payable();
            boolean wasPayable = f != null && f.payable();
            if (credit.compareTo(frozenCredit) == 0 && commission.compareTo(frozenCommission) == 0
                    && (c == null || payable == wasPayable)) {
                continue;
            }
            String reason = reason(earlier, f, c);
            Computed line = c != null ? c : new Computed(key.get(0), key.get(1), f.title(), f.accountId(),
                    f.accountName(), f.closedAt(), ZERO, ZERO, ZERO, List.of(), ZERO, ZERO);
            insert(periodId, StatementLine.Kind.ADJUSTMENT, earlier, key.get(0), line,
                    credit.subtract(frozenCredit), commission.subtract(frozenCommission), reason, now);
        }
    }

    /** What changed between the frozen line and the recomputation, in sentences. */
    static String reason(Period earlier, Frozen f, Computed c) {
        if (c == null) {
            return "The opportunity is no longer a won expansion of " + earlier + " credited to this member (reopened,"
                    + " lost, deleted or its split changed), so what was paid for it is taken back.";
        }
        if (f == null) {
            return "A won expansion of " + earlier + " credited to this member after the period closed (its split or"
                    + " owner changed).";
        }
        List<String> parts = new ArrayList<>();
        if (c.wonAmount().compareTo(f.wonAmount()) != 0) {
            parts.add("The won amount changed from " + f.wonAmount().toPlainString() + " to "
                    + c.wonAmount().toPlainString() + ".");
        }
        if (c.sharePct().compareTo(f.sharePct()) != 0) {
            parts.add("The credit share changed from " + f.sharePct().stripTrailingZeros().toPlainString() + " % to "
                    + c.sharePct().stripTrailingZeros().toPlainString() + " %.");
        }
        if (c.payable() && !f.payable()) {
            parts.add("The gates now let it pay.");
        } else if (!c.payable() && f.payable()) {
            parts.add("The gates now hold it back: " + c.blockers().stream().map(PayBlocker::message)
                    .collect(Collectors.joining(" ")));
        }
        if (parts.isEmpty()) {
            parts.add("The commission changed with the plan or the attainment the year's other lines reach.");
        }
        return String.join(" ", parts);
    }

    private void insert(UUID periodId, StatementLine.Kind kind, Period forPeriod, UUID userId, Computed c,
            BigDecimal credit, BigDecimal commission, String reason, Instant now) {
        String blockers;
        try {
            blockers = json.writeValueAsString(c.blockers());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                insert into commission_line (id, period_id, kind, for_year, for_quarter, user_id, opportunity_id,
                       account_id, opportunity_title, account_name, closed_at, won_amount, share_pct, credit, payable,
                       blockers, commission, reason, created_at)
                values (:id, :period, :kind, :year, :quarter, :user, :opportunity, :account, :title, :accountName,
                        :closedAt, :won, :share, :credit, :payable, cast(:blockers as jsonb), :commission, :reason,
                        :now)""")
                .setParameter("id", UUID.randomUUID()).setParameter("period", periodId)
                .setParameter("kind", kind.name()).setParameter("year", forPeriod.year())
                .setParameter("quarter", forPeriod.quarter()).setParameter("user", userId)
                .setParameter("opportunity", c.opportunityId()).setParameter("account", c.accountId())
                .setParameter("title", c.title()).setParameter("accountName", c.accountName())
                .setParameter("closedAt", c.closedAt() == null ? null : c.closedAt().atOffset(ZoneOffset.UTC))
                .setParameter("won", c.wonAmount()).setParameter("share", c.sharePct())
                .setParameter("credit", credit).setParameter("payable", c.payable())
                .setParameter("blockers", blockers).setParameter("commission", commission)
                .setParameter("reason", reason).setParameter("now", now).executeUpdate();
    }

    private CommissionPeriodView periodView(Period period) {
        Object[] closed = closedPeriod(period);
        if (closed == null) {
            return new CommissionPeriodView(period.toString(), period.from(), period.to(),
                    CommissionPeriodView.Status.OPEN, null, null, 0, 0);
        }
        Object[] counts = (Object[]) em.createNativeQuery("select count(*) filter (where kind = 'ORIGINAL'),"
                + " count(*) filter (where kind = 'ADJUSTMENT') from commission_line where period_id = :id")
                .setParameter("id", closed[0]).getSingleResult();
        return new CommissionPeriodView(period.toString(), period.from(), period.to(),
                CommissionPeriodView.Status.CLOSED, instant(closed[1]), (UUID) closed[2],
                ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    /** id, closed_at, closed_by of the closed period, or null while it is open. */
    private Object[] closedPeriod(Period period) {
        List<?> rows = em.createNativeQuery("select id, closed_at, closed_by from commission_period"
                        + " where year = :year and quarter = :quarter").setParameter("year", period.year())
                .setParameter("quarter", period.quarter()).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private List<PayBlocker> blockers(String text) {
        try {
            return json.readValue(text, BLOCKERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StatementLine line(StatementLine.Kind kind, Period period, Computed c, String reason) {
        return new StatementLine(kind, period.toString(), c.opportunityId(), c.title(), c.accountId(),
                c.accountName(), c.closedAt(), c.wonAmount(), c.sharePct(), c.credit(), c.payable(), c.blockers(),
                c.effectiveRatePct(), c.commission(), reason);
    }

    private static PayBlocker payBlocker(RetentionGate.Blocker blocker) {
        return new PayBlocker(PayBlocker.Code.valueOf(blocker.code().name()), blocker.message());
    }

    private static BigDecimal money(Object value) {
        return value == null ? ZERO : new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
