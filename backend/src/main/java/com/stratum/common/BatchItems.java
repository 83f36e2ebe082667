package com.stratum.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * One item of an integration's batch (accounts, contacts, activities) or one row of a CSV import in its own
 * transaction, so valid items land even when others are refused. Two upserts of the same key at once (a sync sent twice, two workers) take turns on
 * the key's lock ({@link #takeTurns}), so the later one finds what the first created or left. A write that does not
 * take the lock (a PATCH by id) can still race an item: the unique index lets one create in, the version check lets
 * one update in, or PostgreSQL breaks their deadlock. The loser is tried again in a new transaction; an item that
 * loses every attempt is refused with the concurrent-modification problem, so the batch itself never fails for it
 * after the items before it have landed.
 */
public final class BatchItems {
    private static final Logger LOG = Logger.getLogger(BatchItems.class);
    /** What the batch endpoints' descriptions say of races. */
    public static final String RACES = " Batches that send the same item at once take turns on it; an item that loses"
            + " a race with another write to the same record is tried again, and one that loses three times is REFUSED"
            + " with concurrent-modification (409) and may simply be sent again.";
    private static final int ATTEMPTS = 3;

    private BatchItems() {
    }

    /** Runs {@code item} in a new transaction, again on a lost race; {@code uniques} name the races' indexes. */
    public static <T> T inOwnTransaction(Supplier<T> item, Set<String> uniques) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(item::get);
            } catch (RuntimeException e) {
                if (!isRace(e, uniques)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    LOG.warnf("An item lost %d races in a row; refused as a concurrent modification: %s", ATTEMPTS,
                            e.getMessage());
                    throw ApiProblem.concurrentModification();
                }
            }
        }
    }

    /**
     * Holds the lock on one upsert key ({@code kind}, {@code key}) until the transaction ends: taken before the key
     * is looked up, so that a second upsert of it waits instead of creating it twice or updating a stale version.
     * The two-integer advisory keys are a space of their own, apart from the application's single-key locks.
     */
    public static void takeTurns(EntityManager em, String kind, String key) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1), hashtext(?2))").setParameter(1, kind)
                .setParameter(2, key).getSingleResult();
    }

    private static boolean isRace(Throwable e, Set<String> uniques) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && uniques.contains(violation.getConstraintName())
                    || cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof SQLException sql && "40P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
