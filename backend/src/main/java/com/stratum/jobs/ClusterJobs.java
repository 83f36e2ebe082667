package com.stratum.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs scheduled jobs once across the cluster. Every instance schedules every job; a run goes ahead only on
 * the instance that takes the job's lease (a row in {@code job_lease}), the others skip it. The lease is
 * taken and given back in short transactions of their own, so the job may use as many transactions as it
 * likes, and a lease that an instance never gives back (it died) ends by itself. Times are the database's,
 * the one clock every instance shares.
 *
 * <p>The lease keeps runs from overlapping; it is not what keeps work from being done twice. A job must
 * still claim each item it handles ({@code for update skip locked} and a state change in the same
 * transaction), so that a run that outlives its lease, or a test calling the job directly, cannot repeat it.
 */
@ApplicationScoped
public class ClusterJobs {
    private static final Logger LOG = Logger.getLogger(ClusterJobs.class);
    /** This process, as named in job_lease.holder: "pid@host". */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final EntityManager em;

    public ClusterJobs(EntityManager em) {
        this.em = em;
    }

    /**
     * Runs {@code work} here unless another instance holds the lease of {@code job}; true when it ran here.
     * {@code lease} bounds how long another instance waits if this one dies mid-run: longer than a run takes.
     */
    public boolean runOnce(String job, Duration lease, Runnable work) {
        String holder = INSTANCE + " " + UUID.randomUUID();
        boolean taken = QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery("""
                insert into job_lease as l (name, holder, leased_until, started_at, runs)
                values (?1, ?2, now() + ?3 * interval '1 millisecond', now(), 1)
                on conflict (name) do update set holder = excluded.holder, leased_until = excluded.leased_until,
                    started_at = excluded.started_at, runs = l.runs + 1
                where l.leased_until <= now()
                returning 1""").setParameter(1, job).setParameter(2, holder).setParameter(3, lease.toMillis())
                .getResultList().isEmpty());
        if (!taken) {
            LOG.debugf("Job %s skipped: another instance holds its lease", job);
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update job_lease set leased_until ="
                            + " now(), finished_at = now() where name = ?1 and holder = ?2")
                    .setParameter(1, job).setParameter(2, holder).executeUpdate());
        }
    }

    /**
     * Names the job as the action of the audit rows the current transaction writes ("system:" + name, no actor),
     * the way a request names its API operation.
     */
    public static void label(EntityManager em, String job) {
        em.createNativeQuery("select set_config('stratum.action', ?1, true), set_config('stratum.actor_id', '', true),"
                + " set_config('stratum.token_id', '', true)").setParameter(1, "system:" + job).getSingleResult();
    }
}
