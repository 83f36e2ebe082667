package com.stratum.risk;

import com.stratum.account.AccountRiskFlags;
import com.stratum.common.Text;
import com.stratum.jobs.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Recomputes the accounts queued in risk_dirty (V41's triggers: contracts, plans, competition facts, tier cadences,
 * revenue ingests, the follow-up judge): once across the cluster, in batches claimed with skip locked, each batch
 * in its own transaction; then stores again the flags of the accounts whose stored flags a passing moment ended
 * (V48's risk_catch_up(), which every read of the stored flags also runs first), and folds the risk report's
 * running totals.
 */
@ApplicationScoped
public class RiskRefresh {
    static final String JOB = "risk-refresh";
    static final int BATCH = 200;

    private final EntityManager em;
    private final RiskFlags flags;
    private final AccountRiskFlags stored;
    private final ClusterJobs jobs;
    private final Clock clock;

    public RiskRefresh(EntityManager em, RiskFlags flags, AccountRiskFlags stored, ClusterJobs jobs, Clock clock) {
        this.em = em;
        this.flags = flags;
        this.stored = stored;
        this.jobs = jobs;
        this.clock = clock;
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
                // The accounts' rows with their queue entries (recompute stores the flags on the account, V48): an
                // account a write holds is left for the next run.
                List<UUID> ids = em.createNativeQuery("select d.account_id from risk_dirty d"
                        + " join account a on a.id = d.account_id order by d.queued_at, d.account_id limit " + BATCH
                        + " for update of d skip locked for no key update of a skip locked", UUID.class)
                        .getResultList();
                for (UUID id : ids) {
                    flags.recompute(id);
                    // Each recompute loads the account (and its threat facts) into the persistence context; left there,
                    // every later native statement of the batch would flush-check them all, so a batch cost grew with
                    // its square. Its writes are native and already sent.
                    em.flush();
                    em.clear();
                }
                return ids.size();
            });
            done += batch;
            if (batch < BATCH) {
                // And the accounts whose stored flags a passing moment ended, so that reads rarely find any; and the
                // report's running totals folded (V48).
                QuarkusTransaction.requiringNew().run(() -> {
                    ClusterJobs.label(em, JOB);
                    stored.catchUp(Text.now(clock));
                    em.createNativeQuery("select compact_risk_flag_total()").getResultList();
                });
                return done;
            }
        }
    }
}
