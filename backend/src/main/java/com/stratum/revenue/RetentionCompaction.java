package com.stratum.revenue;

import com.stratum.jobs.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Folds the retention report's rollup (V52: retention_group_delta, written as deltas by every change of revenue and
 * of an account's owner or tier) into one row per window, owner and tier, so that the report sums a few rows
 * whatever the number of changes since; and writes the window of the month just begun before a report asks for it.
 * Once across the cluster; the report is exact between two runs too.
 */
@ApplicationScoped
public class RetentionCompaction {
    static final String JOB = "retention-compaction";

    private final EntityManager em;
    private final ClusterJobs jobs;
    private final Clock clock;

    public RetentionCompaction(EntityManager em, ClusterJobs jobs, Clock clock) {
        this.em = em;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(identity = JOB, every = "${stratum.jobs.retention-compaction.every:1m}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runOnce(JOB, Duration.ofMinutes(10), this::compact);
    }

    /** Folds the deltas now, and writes this month's window if no report asked for it yet. */
    public void compact() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "select 1 from (select retention_group_compact()) folded").getResultList());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "select 1 from (select retention_window_add(?1)) written")
                .setParameter(1, LocalDate.now(clock).withDayOfMonth(1)).getResultList());
    }
}
