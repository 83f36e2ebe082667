package com.stratum.survey;

import com.stratum.common.Text;
import com.stratum.jobs.ClusterJobs;
import com.stratum.notification.NotificationKind;
import com.stratum.notification.Notifications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The scheduled side of follow-up judging: a follow-up whose date has passed by more than the grace period
 * with no answered QBR since is judged MISSED, the way the next answered QBR would judge it, and the audit
 * log records the change under the action {@code system:follow-up-judging}. Runs once across the cluster
 * ({@link ClusterJobs}); each follow-up is claimed with {@code for update skip locked} and judged only while
 * still OPEN, so concurrent runs never judge one twice.
 */
@ApplicationScoped
public class FollowUpJudging {
    static final String JOB = "follow-up-judging";
    private static final Logger LOG = Logger.getLogger(FollowUpJudging.class);
    /** Follow-ups judged per transaction: keeps each transaction's locks and audit rows few. */
    private static final int BATCH = 200;
    /** A run takes seconds; if this instance dies mid-run, another may take over after this long. */
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final EntityManager em;
    private final ClusterJobs jobs;
    private final Clock clock;
    private final Duration grace;
    private final Notifications notifications;
    private final QbrService qbrs;

    public FollowUpJudging(EntityManager em, ClusterJobs jobs, Clock clock,
            @ConfigProperty(name = "stratum.follow-up.grace", defaultValue = "P7D") Duration grace,
            Notifications notifications, QbrService qbrs) {
        this.notifications = notifications;
        this.qbrs = qbrs;
        if (grace.isNegative() || grace.toSeconds() % 86_400 != 0) {
            throw new IllegalArgumentException("stratum.follow-up.grace must be whole days, such as P7D, not " + grace);
        }
        this.em = em;
        this.jobs = jobs;
        this.clock = clock;
        this.grace = grace;
    }

    /** Every stratum.jobs.follow-up-judging.every (off: never, as in tests, which call {@link #judgeDue}). */
    @Scheduled(identity = JOB, every = "${stratum.jobs.follow-up-judging.every:1h}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One run of the job, unless another instance is running it; true when it ran here. */
    public boolean run() {
        return jobs.runOnce(JOB, LEASE, this::judgeDue);
    }

    /** Judges every due follow-up MISSED, a batch per transaction; the follow-ups it judged. */
    public List<UUID> judgeDue() {
        List<UUID> judged = new ArrayList<>();
        List<UUID> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::judgeBatch);
            judged.addAll(batch);
        } while (batch.size() == BATCH);
        if (!judged.isEmpty()) {
            LOG.infof("Judged %d follow-ups MISSED: their date passed more than %d days ago with no answered QBR",
                    judged.size(), grace.toDays());
        }
        return judged;
    }

    /**
     * One statement: claim due follow-ups no other transaction holds, then judge them. A follow-up locked
     * elsewhere (being edited, or judged by an answer right now) is skipped and looked at again next run.
     * "No answered QBR since" is also what keeps it OPEN (an answer judges it at once); the check here
     * guards against a judgement that never happened.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> judgeBatch() {
        ClusterJobs.label(em, JOB);
        Instant now = Text.now(clock);
        LocalDate lastDue = LocalDate.ofInstant(now, clock.getZone()).minusDays(grace.toDays() + 1);
        List<UUID> judged = em.createNativeQuery("""
                with due as (
                    select f.qbr_id from qbr_follow_up f join qbr q on q.id = f.qbr_id
                    where f.status = 'OPEN' and f.target_date <= ?1
                      and not exists (select 1 from qbr n where n.account_id = q.account_id and n.id <> q.id
                                        and n.status = 'ANSWERED' and n.answered_at > q.answered_at)
                    order by f.target_date, f.qbr_id
                    limit ?2
                    for update of f skip locked)
                update qbr_follow_up f set status = 'MISSED', judged_at = ?3, updated_at = ?3, version = f.version + 1
                from due where f.qbr_id = due.qbr_id and f.status = 'OPEN'
                returning f.qbr_id""", UUID.class)
                .setParameter(1, lastDue).setParameter(2, BATCH).setParameter(3, now).getResultList();
        notifyOwners(judged);
        judged.forEach(qbrs::followUpJudged);
        return judged;
    }

    /** Tells each judged follow-up's account owner, reading the owners of the whole batch in one statement. */
    @SuppressWarnings("unchecked")
    private void notifyOwners(List<UUID> judged) {
        if (judged.isEmpty()) {
            return;
        }
        List<Object[]> owners = em.createNativeQuery("select a.id, a.owner_id, a.name from qbr q join account a"
                + " on a.id = q.account_id where q.id in (:ids)").setParameter("ids", judged).getResultList();
        for (Object[] owner : owners) {
            notifications.send((UUID) owner[1], NotificationKind.FOLLOW_UP_JUDGED, "The follow-up of " + owner[2]
                    + " was judged MISSED: its date passed more than " + grace.toDays() + " days ago with no"
                    + " answered QBR.", QbrService.qbrLink((UUID) owner[0]));
        }
    }
}
