package com.stratum.account;

import com.stratum.jobs.ClusterJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * ARR from revenue sums the 12 complete months before the current one, so it changes when a month ends even
 * without new lines: every few hours (so within hours of a month's end), once across the cluster, the ARR of
 * REVENUE accounts is recomputed.
 */
@ApplicationScoped
public class ArrFromRevenueRollover {
    static final String JOB = "arr-from-revenue";
    private static final Logger LOG = Logger.getLogger(ArrFromRevenueRollover.class);

    private final AccountArr arrs;
    private final ClusterJobs jobs;

    public ArrFromRevenueRollover(AccountArr arrs, ClusterJobs jobs) {
        this.arrs = arrs;
        this.jobs = jobs;
    }

    @Scheduled(identity = JOB, every = "${stratum.jobs.arr-from-revenue.every:6h}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runOnce(JOB, Duration.ofHours(1), this::refresh);
    }

    /** Recomputes every REVENUE account's ARR; how many changed. */
    public int refresh() {
        int changed = arrs.refreshAll();
        if (changed > 0) {
            LOG.infof("ARR from revenue: %d accounts changed with the months summed", changed);
        }
        return changed;
    }
}
