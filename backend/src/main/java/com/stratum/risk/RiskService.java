package com.stratum.risk;

import static com.stratum.common.SqlValues.date;

import com.stratum.account.Account;
import com.stratum.account.AccountQueries;
import com.stratum.account.AccountRiskFlags;
import com.stratum.account.RiskFlag;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.QueryBuilder;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Snoozes, the risk settings and the risk report. */
@ApplicationScoped
public class RiskService {
    private final EntityManager em;
    private final AccountQueries accounts;
    private final AccountRiskFlags accountFlags;
    private final RiskFlags flags;
    private final Validation validation;
    private final Clock clock;

    public RiskService(EntityManager em, AccountQueries accounts, AccountRiskFlags accountFlags, RiskFlags flags,
            Validation validation, Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.accountFlags = accountFlags;
        this.flags = flags;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public AccountRiskFlagsView flags(UUID accountId) {
        accounts.find(accountId);
        return view(accountId);
    }

    /** Snoozes a flag the account carries now; a snooze already there is replaced. */
    @Transactional
    public AccountRiskFlagsView snooze(UUID accountId, RiskFlag flag, SnoozeInput input) {
        Account account = accounts.find(accountId);
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        validation.check(input);
        LocalDate today = LocalDate.now(clock);
        if (!input.endsOn().isAfter(today)) {
            throw ApiProblem.validation("endsOn", "Choose an end date after today (" + today + "); the flag counts"
                    + " again from that day.");
        }
        if (input.endsOn().isAfter(today.plusDays(RiskRules.MAX_SNOOZE_DAYS))) {
            throw ApiProblem.validation("endsOn", "Choose an end date at most " + RiskRules.MAX_SNOOZE_DAYS
                    + " days ahead (by " + today.plusDays(RiskRules.MAX_SNOOZE_DAYS) + "); snooze again then if it"
                    + " still may wait.");
        }
        if (!flags.carries(accountId, flag)) {
            throw ApiProblem.conflict("risk-flag-not-raised", "Risk flag not raised", account.name
                    + " does not carry " + flag + " now, so there is nothing to snooze; reload its flags.");
        }
        em.createNativeQuery("""
                insert into risk_flag_snooze (account_id, flag, reason, ends_on, snoozed_by, snoozed_at)
                values (:id, :flag, :reason, :ends, :by, :now)
                on conflict (account_id, flag) do update set reason = excluded.reason, ends_on = excluded.ends_on,
                    snoozed_by = excluded.snoozed_by, snoozed_at = excluded.snoozed_at""")
                .setParameter("id", accountId).setParameter("flag", flag.name())
                .setParameter("reason", input.reason().trim()).setParameter("ends", input.endsOn())
                .setParameter("by", CurrentCaller.userId().orElse(null))
                .setParameter("now", Text.now(clock)).executeUpdate();
        accountFlags.project(accountId, Text.now(clock));
        return view(accountId);
    }

    /** Ends a snooze now; no snooze is no change. */
    @Transactional
    public void unsnooze(UUID accountId, RiskFlag flag) {
        Account account = accounts.find(accountId);
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        em.createNativeQuery("delete from risk_flag_snooze where account_id = :id and flag = :flag")
                .setParameter("id", accountId).setParameter("flag", flag.name()).executeUpdate();
        accountFlags.project(accountId, Text.now(clock));
    }

    private AccountRiskFlagsView view(UUID accountId) {
        return new AccountRiskFlagsView(accountId, accountFlags.of(List.of(accountId), Text.now(clock))
                .getOrDefault(accountId, List.of()));
    }

    @Transactional
    public RiskSettingsView settings() {
        Object[] row = (Object[]) em.createNativeQuery("select threat_threshold, version from risk_settings"
                + " where id = 1").getSingleResult();
        return new RiskSettingsView(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
    }

    /** Replaces the settings; every live account is queued for the refresh job when the threshold moves. */
    @Transactional
    public RiskSettingsView replace(RiskSettingsInput input, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Changing the risk settings");
        validation.check(input);
        RiskSettingsView current = settings();
        ETags.check(ifMatch, current.version());
        if (current.threatThreshold() == input.threatThreshold()) {
            return current;
        }
        em.createNativeQuery("update risk_settings set threat_threshold = :t, updated_at = :now,"
                + " version = version + 1 where id = 1").setParameter("t", input.threatThreshold())
                .setParameter("now", Text.now(clock)).executeUpdate();
        em.createNativeQuery("insert into risk_dirty (account_id) select id from account where not archived"
                + " on conflict do nothing").executeUpdate();
        return settings();
    }

    /**
     * Counts, ARR and snoozed counts per flag over the live accounts (of the owners and tiers given), and the 12-month
     * trend. Reads the flags stored on the account (V48, the snoozed ones V58) after {@link AccountRiskFlags#catchUp}:
     * company-wide the running totals risk_flag_total (a few hundred rows), for owners their accounts; what one account
     * adds is SQL risk_report_entries() (V60) in both.
     */
    @Transactional
    public RiskReport report(List<UUID> ownerIds, List<Tier> tiers) {
        CurrentCaller.requireRole(Role.MANAGER, "The risk report");
        Instant now = Text.now(clock);
        LocalDate today = LocalDate.now(clock);
        accountFlags.catchUp(now);
        List<String> tierNames = tiers.stream().map(Enum::name).toList();
        QueryBuilder q = new QueryBuilder().and("not a.archived").in("a.owner_id", ownerIds).in("a.tier", tierNames);
        String sql = ownerIds.isEmpty()
                ? "select t.flag, sum(t.accounts), sum(t.arr), sum(t.snoozed) from risk_flag_total t"
                        + (tierNames.isEmpty() ? "" : " where t.tier" + q.oneOf(tierNames)) + " group by t.flag"
                : "select e.flag, sum(e.counted), coalesce(sum(a.arr * e.counted), 0), sum(1 - e.counted)"
                        + " from account a cross join lateral risk_report_entries(a.risk_flags, a.risk_snoozed) e"
                        + q.where() + " group by e.flag";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.bind(em.createNativeQuery(sql)).getResultList();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> arrs = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long[] c = counts.computeIfAbsent((String) r[0], k -> new long[2]);
            c[0] += ((Number) r[1]).longValue();
            c[1] += ((Number) r[3]).longValue();
            arrs.merge((String) r[0], money(r[2]), BigDecimal::add);
        }
        List<RiskReport.ByFlag> all = new ArrayList<>();
        for (RiskFlag flag : RiskFlag.values()) {
            long[] c = counts.getOrDefault(flag.name(), new long[2]);
            all.add(new RiskReport.ByFlag(flag, c[0], arrs.getOrDefault(flag.name(), money(0)), c[1]));
        }
        return new RiskReport(counts.getOrDefault("ANY", new long[2])[0], arrs.getOrDefault("ANY", money(0)), all,
                trend(ownerIds, tiers, today));
    }

    private List<RiskReport.TrendPoint> trend(List<UUID> ownerIds, List<Tier> tiers, LocalDate today) {
        QueryBuilder q = new QueryBuilder().in("r.owner_id", ownerIds)
                .in("r.tier", tiers.stream().map(Enum::name).toList());
        String from = q.param(Date.valueOf(today.withDayOfMonth(1).minusMonths(11)));
        q.and("r.day in (select max(day) from risk_snapshot_day where day >= " + from
                + " group by date_trunc('month', day))");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.bind(em.createNativeQuery("select r.day, r.flag, sum(r.accounts), sum(r.arr)"
                + " from risk_snapshot r" + q.where() + " group by r.day, r.flag order by r.day, r.flag"))
                .getResultList();
        Map<LocalDate, List<Object[]>> byDay = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byDay.computeIfAbsent(date(r[0]), k -> new ArrayList<>()).add(r);
        }
        List<RiskReport.TrendPoint> points = new ArrayList<>();
        byDay.forEach((day, dayRows) -> {
            long flagged = 0;
            BigDecimal arr = money(0);
            List<RiskReport.TrendFlag> perFlag = new ArrayList<>();
            for (Object[] r : dayRows) {
                if ("ANY".equals(r[1])) {
                    flagged = ((Number) r[2]).longValue();
                    arr = money(r[3]);
                } else {
                    perFlag.add(new RiskReport.TrendFlag(RiskFlag.valueOf((String) r[1]), ((Number) r[2]).longValue(),
                            money(r[3])));
                }
            }
            perFlag.sort((a, b) -> a.flag().compareTo(b.flag()));
            points.add(new RiskReport.TrendPoint(day, flagged, arr, perFlag));
        });
        return points;
    }

    private static BigDecimal money(Object value) {
        BigDecimal amount = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
