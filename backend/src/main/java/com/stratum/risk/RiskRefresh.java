package com.stratum.risk;

import com.stratum.jobs.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Recomputes the accounts queued in risk_dirty (V41's triggers: contracts, plans, competition facts, tier cadences,
 * revenue ingests, the follow-up judge): once across the cluster, in batches claimed with skip locked, each batch
 * in its own transaction.
 */
@ApplicationScoped
public class RiskRefresh {
    static final String JOB = "risk-refresh";
    static final int BATCH = 200;

    private final EntityManager em;
    private final RiskFlags flags;
    private final ClusterJobs jobs;

    public RiskRefresh(EntityManager em, RiskFlags flags, ClusterJobs jobs) {
        this.em = em;
        this.flags = flags;
        this.jobs = jobs;
    }

    @Scheduled(identity = JOB, every = "${stratum.jobs.risk-refresh.every:30s}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runOnce(JOB, Duration.ofMinutes(10), this::drain);
    }

    /** Recomputes every queued account; how many. */
    public int drain() {
        int done = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(() -> {
                ClusterJobs.label(em, JOB);
                @SuppressWarnings("unchecked")
                List<UUID> ids = em.createNativeQuery("select account_id from risk_dirty order by queued_at,"
                        + " account_id limit " + BATCH + " for update skip locked", UUID.class).getResultList();
                ids.forEach(flags::recompute);
                return ids.size();
            });
            done += batch;
            if (batch < BATCH) {
                return done;
            }
        }
    }
}
