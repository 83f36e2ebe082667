package com.stratum.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The only writer of {@code account.plan_reviewed_on} (V39): the day the account's ACTIVE plan was last reviewed (or
 * became ACTIVE), null without one. planMissing and planStale are computed from it, the tier and the tier's QBR
 * cadence when read (SQL plan_missing() and plan_stale()), so they stay exact when any of those change. The plan
 * package calls it after every write that moves the day, with the account's row locked first.
 */
@ApplicationScoped
public class AccountPlanReview {
    private final EntityManager em;

    public AccountPlanReview(EntityManager em) {
        this.em = em;
    }

    /** Locks the account's row: plan writes of one account go one after the other (one ACTIVE plan). */
    public void lock(Account account) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Stores the day; a loaded account is read again so that its view shows the flags it gives. */
    public void set(UUID accountId, LocalDate reviewedOn) {
        em.flush();
        em.createNativeQuery("update account set plan_reviewed_on = cast(:day as date) where id = :id"
                        + " and plan_reviewed_on is distinct from cast(:day as date)")
                .setParameter("day", reviewedOn).setParameter("id", accountId).executeUpdate();
        Account loaded = em.find(Account.class, accountId);
        if (loaded != null) {
            em.refresh(loaded);
        }
    }
}
