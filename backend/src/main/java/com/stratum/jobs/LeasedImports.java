package com.stratum.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The claim loop of the CSV import jobs (revenue lines; accounts and contacts), safe with several instances: an
 * import VALIDATING or COMMITTING is claimed with {@code for update skip locked} and held by a lease (lease_holder,
 * lease_until), oldest first; the job then works it step by step, each step a transaction of its own that checks
 * the lease is still its own (and renews it), so two instances never work on one import and one whose instance
 * died is taken up where it stopped once its lease ends. An unexpected error marks the import FAILED. The tables
 * share these columns: id, status, lease_holder, lease_until, failure, created_at, updated_at, version.
 */
@ApplicationScoped
public class LeasedImports {
    public static final Duration LEASE = Duration.ofMinutes(2);
    private static final String FAILURE = "The import stopped on an unexpected error; upload the file again, and tell"
            + " an administrator if it happens again.";

    /** One step of an import's work; false when the import needs no more (or the lease was lost). */
    @FunctionalInterface
    public interface Step {
        boolean next(UUID importId, UUID holder);
    }

    private final EntityManager em;
    private final Clock clock;

    public LeasedImports(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Works every import of {@code table} waiting for its job until none is left; how many were worked. */
    public int workDue(String table, Logger log, Step step) {
        int worked = 0;
        UUID holder = UUID.randomUUID();
        UUID id;
        while ((id = claim(table, holder)) != null) {
            try {
                while (step.next(id, holder)) {
                    // one step per transaction
                }
            } catch (RuntimeException e) {
                log.errorf(e, "Import %s of %s failed", id, table);
                fail(table, id, holder);
            }
            worked++;
        }
        return worked;
    }

    private UUID claim(String table, UUID holder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("update " + table + " set lease_holder = ?1, lease_until = now()"
                    + " + ?2 * interval '1 second' where id = (select id from " + table
                    + " where status in ('VALIDATING', 'COMMITTING') and (lease_until is null or lease_until < now())"
                    + " order by created_at, id limit 1 for update skip locked) returning id")
                    .setParameter(1, holder).setParameter(2, LEASE.toSeconds()).getResultList();
            return ids.isEmpty() ? null : ids.get(0);
        });
    }

    private void fail(String table, UUID id, UUID holder) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update " + table + " set status = 'FAILED',"
                        + " failure = ?1, lease_holder = null, lease_until = null, updated_at = ?2,"
                        + " version = version + 1 where id = ?3 and lease_holder = ?4")
                .setParameter(1, FAILURE).setParameter(2, com.stratum.common.Text.now(clock)).setParameter(3, id)
                .setParameter(4, holder).executeUpdate());
    }
}
