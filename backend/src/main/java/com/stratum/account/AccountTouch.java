package com.stratum.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Keeps the last touch of an account and of its contacts current: the latest activity logged on them. The rule is
 * SQL, {@code refresh_last_touch()} (V21), and this class is the only one that runs it, after every activity write
 * (the activity package calls it). Writers lock the account's row first, so that each recomputation sees what
 * the others committed; the stored columns are never written by Hibernate.
 */
@ApplicationScoped
public class AccountTouch {
    private final EntityManager em;

    public AccountTouch(EntityManager em) {
        this.em = em;
    }

    /** Locks the account's row before its activities are written: writers of one account go one after the other. */
    public void lockForTouch(Account account) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Recomputes the account's last touch and its contacts' from the activities that remain; a loaded account is read
     * again so that its view shows the new value.
     */
    public void refresh(UUID accountId) {
        em.flush();
        em.createNativeQuery("select refresh_last_touch(cast(:id as uuid))").setParameter("id", accountId.toString())
                .getSingleResult();
        Account loaded = em.find(Account.class, accountId);
        if (loaded != null) {
            em.refresh(loaded);
        }
    }
}
