package com.stratum.account;

import com.stratum.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.UUID;

/**
 * The only writer of the ARR of accounts whose arrSource is REVENUE: SQL {@code revenue_arr()} (V30) over the 12
 * complete months before the current one. Revenue ingest calls {@link #refresh} for the accounts it touched (one
 * statement whatever their number); switching an account to REVENUE reads {@link #fromRevenue}.
 */
@ApplicationScoped
public class AccountArr {
    private final EntityManager em;
    private final Clock clock;

    public AccountArr(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Recomputes the ARR of those of {@code accountIds} whose arrSource is REVENUE; how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int refresh(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        em.flush();
        return em.createNativeQuery("""
                update account a set arr = s.arr, version = a.version + 1, updated_at = ?1
                  from (select id, revenue_arr(id, ?2) as arr from account
                         where id = any(cast(?3 as uuid[])) and arr_source = 'REVENUE') s
                 where a.id = s.id and a.arr is distinct from s.arr""")
                .setParameter(1, Text.now(clock)).setParameter(2, thisMonth())
                .setParameter(3, accountIds.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
    }

    /**
     * Recomputes the ARR of every live account whose arrSource is REVENUE: the 12 months it sums move on when a
     * month ends, with or without new lines. How many changed.
     */
    @Transactional
    public int refreshAll() {
        return em.createNativeQuery("""
                update account a set arr = s.arr, version = a.version + 1, updated_at = ?1
                  from (select id, revenue_arr(id, ?2) as arr from account
                         where arr_source = 'REVENUE' and not archived) s
                 where a.id = s.id and a.arr is distinct from s.arr""")
                .setParameter(1, Text.now(clock)).setParameter(2, thisMonth()).executeUpdate();
    }

    /** What the account's ARR is from its revenue lines today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal fromRevenue(UUID accountId) {
        return (BigDecimal) em.createNativeQuery("select revenue_arr(?1, ?2)").setParameter(1, accountId)
                .setParameter(2, thisMonth()).getSingleResult();
    }

    private LocalDate thisMonth() {
        return YearMonth.now(clock).atDay(1);
    }
}
