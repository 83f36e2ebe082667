package com.stratum.opportunity;

import static com.stratum.common.SqlValues.instant;

import com.stratum.account.Lifecycle;
import com.stratum.revenue.AccountRetention;
import com.stratum.revenue.RetentionReports;
import com.stratum.settings.SettingsService;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The growth of many accounts in one year, set-based: a fixed number of statements whatever the number of accounts
 * (baselines recorded, then one aggregate over their opportunities, one read of their revenue retention and one of
 * the open renewals of the blocked ones). The one home of what an account's growth year is made of: the account's
 * growth ({@link PipelineReports#growth}), the owner's scorecard and the commission statements read it here, and
 * {@link RetentionGate} judges it.
 */
@ApplicationScoped
public class AccountGrowths {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final EntityManager em;
    private final RetentionReports retention;
    private final SettingsService settings;
    private final Clock clock;

    public AccountGrowths(EntityManager em, RetentionReports retention, SettingsService settings, Clock clock) {
        this.em = em;
        this.retention = retention;
        this.settings = settings;
        this.clock = clock;
    }

    /** The live accounts {@code ownerId} owns today, by name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AccountGrowth> ofOwner(UUID ownerId, int year) {
        return read("a.owner_id = :selection and not a.archived", ownerId, year);
    }

    /** The given accounts (archived ones too), by name; unknown ids are left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AccountGrowth> ofAccounts(Collection<UUID> accountIds, int year) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return read("a.id in (:selection)", accountIds, year);
    }

    private List<AccountGrowth> read(String where, Object selection, int year) {
        // The first time a year is asked for, an account's baseline is its ARR at that moment (GrowthBaseline).
        em.createNativeQuery("insert into growth_baseline (id, account_id, year, baseline_arr)"
                        + " select gen_random_uuid(), a.id, :year, a.arr from account a where " + where
                        + " on conflict (account_id, year) do nothing")
                .setParameter("year", year).setParameter("selection", selection).executeUpdate();
        // Each account's opportunities are aggregated through its own index entries (a lateral probe of
        // opportunity_account_id_idx), whatever the planner thinks of the opportunity table's size: at 10,000
        // accounts it hashed every opportunity instead (7.2 → 4.0 ms for an owner of 200 accounts; at 100,000 it
        // already probed, 3.4 → 2.8 ms).
        Query query = em.createNativeQuery("""
                select a.id, a.name, a.owner_id, a.tier, a.last_qbr_grade, a.last_qbr_at, a.lifecycle, a.arr,
                       a.growth_target_pct, g.baseline_arr, coalesce(o.won, 0), o.renewals_won, o.renewals_lost,
                       o.renewals_open, o.expected_not_won
                  from account a
                  join growth_baseline g on g.account_id = a.id and g.year = :year
                  cross join lateral (select
                       sum(o.amount) filter (where o.stage = 'WON' and o.type in ('UPSELL', 'CROSS_SELL')
                                             and o.closed_at >= :from and o.closed_at < :to) as won,
                       count(*) filter (where o.type = 'RENEWAL' and o.stage = 'WON'
                                        and o.closed_at >= :from and o.closed_at < :to) as renewals_won,
                       count(*) filter (where o.type = 'RENEWAL' and o.stage = 'LOST'
                                        and o.closed_at >= :from and o.closed_at < :to) as renewals_lost,
                       count(*) filter (where o.type = 'RENEWAL' and o.closed_at is null
                                        and o.expected_close_date >= :fromDate
                                        and o.expected_close_date < :toDate) as renewals_open,
                       count(*) filter (where o.type = 'RENEWAL' and o.stage <> 'WON'
                                        and o.expected_close_date >= :fromDate
                                        and o.expected_close_date < :toDate) as expected_not_won
                    from opportunity o where o.account_id = a.id) o
                 where\s""" + where + " order by a.name, a.id");
        query.setParameter("year", year).setParameter("selection", selection)
                .setParameter("from", startOf(year)).setParameter("to", startOf(year + 1))
                .setParameter("fromDate", LocalDate.of(year, 1, 1)).setParameter("toDate", LocalDate.of(year + 1, 1, 1));
        List<?> rows = query.getResultList();
        List<UUID> ids = rows.stream().map(row -> (UUID) ((Object[]) row)[0]).toList();
        Map<UUID, AccountRetention> revenue = retention.ofAccounts(ids, year);
        BigDecimal threshold = settings.grrThresholdPct();
        boolean currentYear = year == LocalDate.now(clock).getYear();

        List<Object[]> facts = new ArrayList<>();
        List<UUID> blocked = new ArrayList<>();
        Map<UUID, RetentionGate.Facts> gates = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            UUID id = (UUID) r[0];
            RetentionGate.Facts gate = new RetentionGate.Facts(year, count(r[12]), count(r[14]), currentYear,
                    Lifecycle.valueOf((String) r[6]), money(r[7]), money(r[9]), revenue.get(id), threshold);
            gates.put(id, gate);
            facts.add(r);
            if (!RetentionGate.blockers(gate).isEmpty()) {
                blocked.add(id);
            }
        }
        Map<UUID, List<Object[]>> openRenewals = new LinkedHashMap<>();
        if (!blocked.isEmpty()) {
            for (Object row : em.createNativeQuery("""
                    select o.account_id, o.id, o.title, o.amount, o.expected_close_date from opportunity o
                     where o.type = 'RENEWAL' and o.closed_at is null and o.account_id in (:accounts)
                     order by o.expected_close_date, o.id""").setParameter("accounts", blocked).getResultList()) {
                Object[] r = (Object[]) row;
                openRenewals.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(r);
            }
        }
        List<AccountGrowth> result = new ArrayList<>(rows.size());
        for (Object[] r : facts) {
            UUID id = (UUID) r[0];
            RetentionGate.Facts gate = gates.get(id);
            List<RetentionGate.Blocker> blockers = RetentionGate.blockers(gate);
            BigDecimal won = money(r[10]);
            BigDecimal baseline = money(r[9]);
            int targetPct = ((Number) r[8]).intValue();
            List<RenewalWhatIf> whatIfs = new ArrayList<>();
            for (Object[] renewal : openRenewals.getOrDefault(id, List.of())) {
                LocalDate expected = localDate(renewal[4]);
                boolean inYear = expected.getYear() == year;
                RetentionGate.Facts won_ = new RetentionGate.Facts(year, gate.renewalsLost(),
                        gate.renewalsExpectedNotWon() - (inYear ? 1 : 0), currentYear, gate.lifecycle(), gate.arr(),
                        gate.baselineArr(), gate.revenue(), threshold);
                if (RetentionGate.blockers(won_).isEmpty()) {
                    whatIfs.add(new RenewalWhatIf((UUID) renewal[1], (String) renewal[2], money(renewal[3]), expected,
                            won));
                }
            }
            result.add(new AccountGrowth(id, (String) r[1], (UUID) r[2], Tier.valueOf((String) r[3]),
                    (String) r[4], instant(r[5]), year, baseline, targetPct, target(baseline, targetPct), won,
                    count(r[11]), count(r[12]), count(r[13]), revenue.get(id), threshold, blockers,
                    List.copyOf(whatIfs)));
        }
        return result;
    }

    /**
     * The sum of each owner's live accounts' growth targets in {@code year} (baseline × growth target % to the cent,
     * the baseline the account's ARR now where the year has none yet), in one statement; owners without accounts 0.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, BigDecimal> targetsByOwner(Collection<UUID> ownerIds, int year) {
        Map<UUID, BigDecimal> result = new LinkedHashMap<>();
        ownerIds.forEach(o -> result.put(o, ZERO));
        if (ownerIds.isEmpty()) {
            return result;
        }
        for (Object row : em.createNativeQuery("""
                select a.owner_id, sum(round(coalesce(g.baseline_arr, a.arr) * a.growth_target_pct / 100.0, 2))
                  from account a left join growth_baseline g on g.account_id = a.id and g.year = :year
                 where a.owner_id in (:owners) and not a.archived group by a.owner_id""")
                .setParameter("year", year).setParameter("owners", ownerIds).getResultList()) {
            Object[] r = (Object[]) row;
            result.put((UUID) r[0], money(r[1]));
        }
        return result;
    }

    /** baseline × targetPct / 100, to the cent. */
    public static BigDecimal target(BigDecimal baseline, int targetPct) {
        return baseline.multiply(BigDecimal.valueOf(targetPct)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
    }

    private static OffsetDateTime startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value == null ? ZERO : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
