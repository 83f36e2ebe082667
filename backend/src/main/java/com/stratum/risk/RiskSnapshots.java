package com.stratum.risk;

import com.stratum.common.Text;
import com.stratum.jobs.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One snapshot of the risk flags a day, for the risk report's trend: per owner, tier and flag, the live accounts
 * with the flag counting and their ARR, and 'ANY' for those with at least one. risk_snapshot_day's key makes it
 * once a day even if two instances (or a late run) try; the job checks hourly so a day missed at start-up is taken.
 */
@ApplicationScoped
public class RiskSnapshots {
    static final String JOB = "risk-snapshot";

    private final EntityManager em;
    private final ClusterJobs jobs;
    private final Clock clock;

    public RiskSnapshots(EntityManager em, ClusterJobs jobs, Clock clock) {
        this.em = em;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(identity = JOB, every = "${stratum.jobs.risk-snapshot.every:1h}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runOnce(JOB, Duration.ofMinutes(30), this::take);
    }

    /** Takes today's snapshot unless one was taken; whether it was taken now. */
    public boolean take() {
        Instant now = Text.now(clock);
        LocalDate today = LocalDate.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            ClusterJobs.label(em, JOB);
            boolean first = em.createNativeQuery("insert into risk_snapshot_day (day, taken_at) values (:day, :now)"
                    + " on conflict do nothing").setParameter("day", today).setParameter("now", now)
                    .executeUpdate() == 1;
            if (!first) {
                return false;
            }
            em.createNativeQuery("""
                    insert into risk_snapshot (day, owner_id, tier, flag, accounts, arr)
                    select :day, a.owner_id, a.tier, coalesce(f.flag, 'ANY'), count(distinct a.id),
                           coalesce(sum(a.arr), 0)
                      from account a
                      join account_risk_flag f on f.account_id = a.id
                      left join risk_flag_snooze s on s.account_id = f.account_id and s.flag = f.flag
                     where not a.archived and risk_flag_counts(f.active_from, f.active_until, s.ends_on, :now)
                     group by a.owner_id, a.tier, f.flag""").setParameter("day", today).setParameter("now", now)
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into risk_snapshot (day, owner_id, tier, flag, accounts, arr)
                    select :day, a.owner_id, a.tier, 'ANY', count(*), coalesce(sum(a.arr), 0)
                      from account a
                     where not a.archived and risk_flag_count(a.id, :now) > 0
                     group by a.owner_id, a.tier""").setParameter("day", today).setParameter("now", now)
                    .executeUpdate();
            return true;
        });
    }
}
