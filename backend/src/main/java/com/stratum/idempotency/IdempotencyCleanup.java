package com.stratum.idempotency;

import com.stratum.jobs.ClusterJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Removes idempotency keys older than 24 hours, once across the cluster. */
@ApplicationScoped
public class IdempotencyCleanup {
    static final String JOB = "idempotency-cleanup";

    private final IdempotencyKeys keys;
    private final ClusterJobs jobs;

    public IdempotencyCleanup(IdempotencyKeys keys, ClusterJobs jobs) {
        this.keys = keys;
        this.jobs = jobs;
    }

    @Scheduled(identity = JOB, every = "${stratum.jobs.idempotency-cleanup.every:15m}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runOnce(JOB, Duration.ofMinutes(5), keys::removeExpired);
    }
}
