package com.stratum.security;

import com.stratum.jobs.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes the rate-limit rows of keys idle for longer than the window (nothing they count matters any more),
 * so the table holds only the callers of the last few minutes. Once across the cluster.
 */
@ApplicationScoped
public class RateLimitCleanup {
    static final String JOB = "rate-limit-cleanup";

    private final EntityManager em;
    private final ClusterJobs jobs;
    private final Clock clock;
    private final long windowSeconds;

    public RateLimitCleanup(EntityManager em, ClusterJobs jobs, Clock clock,
            @ConfigProperty(name = "stratum.rate-limit.window", defaultValue = "PT60S") Duration window) {
        this.em = em;
        this.jobs = jobs;
        this.clock = clock;
        this.windowSeconds = window.toSeconds();
    }

    @Scheduled(identity = JOB, every = "${stratum.jobs.rate-limit-cleanup.every:5m}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runOnce(JOB, Duration.ofMinutes(5), this::removeIdle);
    }

    /** Removes the keys with nothing counted in the window any more; how many. */
    public int removeIdle() {
        long before = clock.instant().getEpochSecond() - windowSeconds - 1;
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from rate_limit where second < ?1").setParameter(1, before).executeUpdate());
    }
}
