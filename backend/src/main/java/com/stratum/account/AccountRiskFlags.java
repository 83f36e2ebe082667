package com.stratum.account;

import static com.stratum.common.SqlValues.date;
import static com.stratum.common.SqlValues.instant;

import com.stratum.grade.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * index pages and writes nothing. Returns how many accounts it wrote.
     */
    public int catchUp(Instant at) {
        return catchUp(at, em);
    }

    /**
     * As {@link #catchUp(Instant)}, in the transaction of {@code em}; and the list statements that follow in it are
     * planned for their own parameters (plan_cache_mode force_custom_plan), in the same statement.
     */
    public int catchUp(Instant at, EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery("select risk_catch_up(:at),"
                + " set_config('plan_cache_mode', 'force_custom_plan', true)").setParameter("at", at)
                .getSingleResult();
        return ((Number) row[0]).intValue();
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
