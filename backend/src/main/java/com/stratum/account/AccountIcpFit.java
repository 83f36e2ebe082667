package com.stratum.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Keeps each account's ICP fit ({@code account_icp_fit}) current. The rule is SQL, defined once in V42
 * ({@code refresh_icp_fit()}); this class is the only one that runs it: for one account when it is created or
 * changed, in that transaction, and for every account, set-based, when the ICP profile changes (the icp package calls
 * {@link #refreshAll} in the profile's transaction).
 *
 * <p>The two are kept apart by an advisory lock: an account's refresh holds it shared, a profile change exclusive. A
 * profile change therefore waits for the account writes under way and its one statement reads what they committed;
 * an account write that starts later waits for the profile change and reads the new profile. Two instances changing
 * the profile at once go one after the other too.
 */
@ApplicationScoped
public class AccountIcpFit {
    /** The advisory lock's key: "ICP" in ASCII, unique among the application's advisory locks. */
    static final long LOCK_KEY = 0x494350L;

    private final EntityManager em;

    public AccountIcpFit(EntityManager em) {
        this.em = em;
    }

    /** Recomputes one account's fit from its current facts and the profile. */
    public void refresh(UUID accountId) {
        em.flush();
        em.createNativeQuery("select pg_advisory_xact_lock_shared(:key)").setParameter("key", LOCK_KEY)
                .getSingleResult();
        em.createNativeQuery("select refresh_icp_fit(cast(array[cast(:id as uuid)] as uuid[]))")
                .setParameter("id", accountId.toString()).getSingleResult();
    }

    /** Recomputes every account's fit in one statement; returns how many fits changed. */
    public int refreshAll() {
        em.flush();
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", LOCK_KEY).getSingleResult();
        return ((Number) em.createNativeQuery("select refresh_icp_fit(null)").getSingleResult()).intValue();
    }
}
