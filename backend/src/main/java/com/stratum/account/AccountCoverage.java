package com.stratum.account;

import com.stratum.tier.Tier;
import com.stratum.tier.TierCoverageChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Keeps each account's coverage (decision contacts, business units covered, and the reasons it is single-threaded)
 * current. The rule itself is SQL, defined once in V17 ({@code account_coverage}, written by
 * {@code refresh_account_coverage()}); this class is the only one that runs it: after an account's contacts or
 * business units change (the contact package calls it), when an account is created or changes tier, and when a
 * tier's coverage rule changes (an event from the tier package). The stored columns are never written by Hibernate.
 */
@ApplicationScoped
public class AccountCoverage {
    private final EntityManager em;

    public AccountCoverage(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks the account's row before its contacts or business units are written: writers of one account's people
     * go one after the other, so that each recount sees what the others committed.
     */
    public void lockForRecount(Account account) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Recounts one account; its entity, when loaded, is read again so that its view shows the new values. */
    public void refresh(UUID accountId) {
        em.flush();
        em.createNativeQuery("select refresh_account_coverage(cast(array[cast(:id as uuid)] as uuid[]))")
                .setParameter("id", accountId.toString()).getSingleResult();
        Account loaded = em.find(Account.class, accountId);
        if (loaded != null) {
            em.refresh(loaded);
        }
    }

    void coverageChanged(@Observes TierCoverageChanged changed) {
        refresh(changed.tier());
    }

    /**
     * Recounts every account of the tier, archived ones included, in one statement. Written past the persistence
     * context: accounts already loaded in this transaction keep their old values in memory.
     */
    public void refresh(Tier tier) {
        em.flush();
        em.createNativeQuery("select refresh_account_coverage(array(select id from account where tier = :tier))")
                .setParameter("tier", tier.name()).getSingleResult();
    }
}
