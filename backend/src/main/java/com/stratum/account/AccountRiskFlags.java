package com.stratum.account;

import static com.stratum.common.SqlValues.date;
import static com.stratum.common.SqlValues.instant;

import com.stratum.common.Paging;
import com.stratum.grade.Grade;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The risk flags of a page of accounts, one statement: the rows of account_risk_flag (V41, written by
 * com.stratum.risk) whose moment has come and not passed, with their snooze. The rule that a flag counts is SQL
 * risk_flag_counts(); the flags that count now are also stored on the account (V48: risk_flags, risk_flag_count,
 * arr_at_risk), read by the list's flag filter and risk sorts and the risk report, and written only here, through
 * SQL risk_project(): {@link #project} after every change of an account's flag rows or snoozes, in its transaction,
 * and {@link #catchUp} before every read of the stored flags, for the accounts whose stored reading a passing moment
 * ended.
 */
@ApplicationScoped
public class AccountRiskFlags {
    private final EntityManager em;

    public AccountRiskFlags(EntityManager em) {
        this.em = em;
    }

    /** Stores the flags that count at {@code at} on the account (after its flag rows or snoozes changed). */
    public void project(UUID accountId, Instant at) {
        em.createNativeQuery("select risk_project(array[cast(:id as uuid)], :at)")
                .setParameter("id", accountId).setParameter("at", at).getSingleResult();
    }

    /**
     * Re-reads the accounts whose stored flags do not hold at {@code at} (one of their moments passed since), so that
     * a read of the stored flags that follows in the transaction is exact at {@code at}. With none due it reads two
     * index pages and writes nothing. And the statements that follow in the transaction are planned for their own
     * parameters (plan_cache_mode force_custom_plan), in the same statement: the reports over owners' accounts and
     * the accounts search.
     * Returns how many accounts it wrote.
     */
    public int catchUp(Instant at) {
        Object[] row = (Object[]) em.createNativeQuery("select risk_catch_up(:at),"
                + " set_config('plan_cache_mode', 'force_custom_plan', true)").setParameter("at", at)
                .getSingleResult();
        return ((Number) row[0]).intValue();
    }

    /**
     * As {@link #catchUp(Instant)}, in the transaction of {@code em}, leaving plans to the plan cache: for the
     * accounts list, whose flag filter is written into its statement (AccountQueries), so that each set of flags has
     * its own statement and plan.
     */
    public int catchUp(Instant at, EntityManager em) {
        return ((Number) em.createNativeQuery("select risk_catch_up(:at)").setParameter("at", at).getSingleResult())
                .intValue();
    }

    /**
     * How many live accounts carry each of {@code flags} now, in {@code tiers} (every tier when empty), from the
     * running totals (V48, folded by the risk-refresh job) rather than the accounts: a few dozen rows whatever the
     * number of accounts. Exact after {@link #catchUp} in the same transaction, as the risk report reads them.
     */
    public FlagCounts counts(Collection<RiskFlag> flags, Collection<Tier> tiers, EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select coalesce(max(n) filter (where flag <> 'ANY'), 0),
                       coalesce(sum(n) filter (where flag <> 'ANY'), 0), coalesce(sum(n) filter (where flag = 'ANY'), 0)
                  from (select flag, sum(accounts) as n from risk_flag_total
                         where flag = any(string_to_array(:flags, ',') || 'ANY'::text)
                           and (:tiers = '' or tier = any(string_to_array(:tiers, ',')))
                         group by flag) t""")
                .setParameter("flags", String.join(",", flags.stream().map(Enum::name).toList()))
                .setParameter("tiers", String.join(",", tiers.stream().map(Enum::name).toList()))
                .getSingleResult();
        return new FlagCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    /**
     * Live accounts by flag, from the running totals: of the flags asked for, the most any one of them has and the
     * sum of theirs; and how many carry any flag at all.
     */
    public record FlagCounts(long largest, long sum, long anyFlag) {
        /**
         * The accounts carrying any of {@code flagsAsked} flags, when these counts tell it without reading the
         * accounts: above {@code exactLimit} (the largest alone is more), the smaller of the two bounds above it (the
         * sum, the accounts with any flag) as an estimate; one flag at most the limit, its count exactly. Empty when
         * several flags may together match at most the limit: those matches must be counted.
         */
        public Optional<Paging.Total> total(int flagsAsked, long exactLimit) {
            if (largest > exactLimit) {
                return Optional.of(new Paging.Total(Math.min(sum, anyFlag), true));
            }
            return flagsAsked == 1 ? Optional.of(new Paging.Total(largest, false))
                    : Optional.empty();
        }
    }

    /** By account id, in the flags' declared order; an account without flags is absent. */
    public Map<UUID, List<AccountRiskFlag>> of(Collection<UUID> accountIds, Instant at) {
        Map<UUID, List<AccountRiskFlag>> byAccount = new HashMap<>();
        if (accountIds.isEmpty()) {
            return byAccount;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select f.account_id, f.flag, f.evidence, f.clears_when, greatest(f.active_from, f.raised_at),
                       risk_flag_counts(f.active_from, f.active_until, s.ends_on, :at),
                       s.reason, s.ends_on, s.snoozed_by, u.name, s.snoozed_at,
                       f.reason_qbr_id, f.reason_question, f.reason_grade, f.reason_why
                  from account_risk_flag f
                  left join risk_flag_snooze s on s.account_id = f.account_id and s.flag = f.flag
                  left join app_user u on u.id = s.snoozed_by
                 where f.account_id in (:ids) and f.active_from <= :at
                   and (f.active_until is null or f.active_until > :at)""")
                .setParameter("ids", List.copyOf(accountIds)).setParameter("at", at).getResultList();
        for (Object[] r : rows) {
            AccountRiskFlag.Snooze snooze = r[6] == null ? null : new AccountRiskFlag.Snooze((String) r[6],
                    date(r[7]), (UUID) r[8], (String) r[9], instant(r[10]));
            AccountRiskFlag.CustomerReason reason = r[11] == null || r[14] == null ? null
                    : new AccountRiskFlag.CustomerReason((UUID) r[11], (String) r[12],
                            r[13] == null ? null : Grade.of((String) r[13]), (String) r[14]);
            byAccount.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new AccountRiskFlag(
                    RiskFlag.valueOf((String) r[1]), (String) r[2], (String) r[3], instant(r[4]),
                    Boolean.TRUE.equals(r[5]), snooze, reason));
        }
        byAccount.values().forEach(list -> list.sort((a, b) -> a.flag().compareTo(b.flag())));
        return byAccount;
    }
}
