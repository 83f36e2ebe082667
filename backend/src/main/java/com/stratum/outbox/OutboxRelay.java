package com.stratum.outbox;

import com.stratum.common.Retries;

import com.stratum.common.Text;
import com.stratum.jobs.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The outbox job: delivers due messages through the sender of their kind. Guarantees (docs/reliability.md):
 * <ul>
 * <li>A message exists only if the change that queued it committed (it was written in that transaction).</li>
 * <li>Never sent twice by two instances or overlapping runs: a message is claimed in a short transaction of its
 * own ({@code for update skip locked}, then a lease, {@code claimed_until}, that other claims respect), and only
 * the holder of the claim records the outcome. Sending happens after the claim committed, outside any
 * transaction.</li>
 * <li>At least once otherwise: a failed attempt is retried after a backoff that doubles each time (from
 * {@code stratum.outbox.retry-after} up to {@code stratum.outbox.max-retry-after}) until
 * {@code stratum.outbox.max-attempts}, then the message is FAILED. An instance that dies after the other side
 * accepted a message but before recording it leaves the claim to run out, and the message is sent again: the
 * one case of a second delivery, which no SMTP server lets us rule out.</li>
 * <li>Each attempt is recorded in {@code outbox_attempt} (instance, start, end, outcome, error).</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {
    static final String JOB = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();
    /** Messages claimed per transaction. */
    private static final int BATCH = 20;
    /** Longest error text kept per attempt: a server's answer, not a stack trace. */
    private static final int MAX_ERROR = 2000;

    private final EntityManager em;
    private final ClusterJobs jobs;
    private final Clock clock;
    private final Map<String, OutboxSender> senders = new HashMap<>();
    private final Duration lease;
    private final Duration retryAfter;
    private final Duration maxRetryAfter;

    public OutboxRelay(EntityManager em, ClusterJobs jobs, Clock clock, @Any Instance<OutboxSender> senders,
            @ConfigProperty(name = "stratum.outbox.lease", defaultValue = "PT5M") Duration lease,
            @ConfigProperty(name = "stratum.outbox.retry-after", defaultValue = "PT1M") Duration retryAfter,
            @ConfigProperty(name = "stratum.outbox.max-retry-after", defaultValue = "PT1H") Duration maxRetryAfter) {
        this.em = em;
        this.jobs = jobs;
        this.clock = clock;
        this.lease = lease;
        this.retryAfter = retryAfter;
        this.maxRetryAfter = maxRetryAfter;
        for (OutboxSender sender : senders) {
            if (this.senders.put(sender.kind(), sender) != null) {
                throw new IllegalStateException("Two outbox senders deliver the kind " + sender.kind());
            }
        }
    }

    /** Every stratum.jobs.outbox.every (off: never, as in tests, which call {@link #deliverDue}). */
    @Scheduled(identity = JOB, every = "${stratum.jobs.outbox.every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One run of the job, unless another instance is running it; true when it ran here. */
    public boolean run() {
        return jobs.runOnce(JOB, lease, this::deliverDue);
    }

    /** What one run did: messages sent, failed attempts (retried later or given up), cancelled. */
    public record Result(int sent, int failed, int cancelled) {
    }

    /** Claims and delivers every due message, a batch at a time, until none is due. */
    public Result deliverDue() {
        String claimant = INSTANCE + " " + UUID.randomUUID();
        int sent = 0;
        int failed = 0;
        int cancelled = 0;
        List<UUID> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> claim(claimant));
            for (UUID id : batch) {
                switch (deliver(id, claimant)) {
                    case SENT -> sent++;
                    case FAILED, PENDING -> failed++;
                    case CANCELLED -> cancelled++;
                }
            }
        } while (batch.size() == BATCH);
        if (sent + failed + cancelled > 0) {
            LOG.infof("Outbox: %d sent, %d failed attempts, %d cancelled", sent, failed, cancelled);
        }
        return new Result(sent, failed, cancelled);
    }

    /**
     * One statement: due messages that no other transaction holds and whose lease (if any) ran out get this
     * claimant and a new lease, and count an attempt. A message locked by another claimant's transaction is
     * skipped; once that commits, its lease keeps it from being claimed here.
     */
    private List<UUID> claim(String claimant) {
        Instant now = Text.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                with due as (
                    select id from outbox_message
                    where status = 'PENDING' and due_at <= ?1 and (claimed_until is null or claimed_until <= ?1)
                    order by due_at, id
                    limit ?2
                    for update skip locked)
                update outbox_message m set claimed_by = ?3, claimed_until = ?4, attempts = m.attempts + 1,
                    updated_at = ?1
                from due where m.id = due.id
                returning m.id""", UUID.class)
                .setParameter(1, now).setParameter(2, BATCH).setParameter(3, claimant)
                .setParameter(4, now.plus(lease)).getResultList();
        return ids;
    }

    private OutboxStatus deliver(UUID id, String claimant) {
        Instant started = Text.now(clock);
        Delivery delivery;
        try {
            delivery = QuarkusTransaction.requiringNew().call(() -> {
                OutboxMessage message = em.find(OutboxMessage.class, id);
                OutboxSender sender = senders.get(message.kind);
                return sender == null ? Delivery.cancel("No sender delivers messages of kind " + message.kind + ".")
                        : sender.prepare(message);
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox: preparing message %s failed", id);
            return record(id, claimant, started, OutboxStatus.FAILED, "Preparing the message failed: " + describe(e));
        }
        if (delivery.cancelReason() != null) {
            return record(id, claimant, started, OutboxStatus.CANCELLED, delivery.cancelReason());
        }
        try {
            delivery.action().run();
        } catch (Exception e) {
            LOG.warnf("Outbox: sending message %s failed: %s", id, describe(e));
            return record(id, claimant, started, OutboxStatus.FAILED, describe(e));
        }
        return record(id, claimant, started, OutboxStatus.SENT, null);
    }

    /**
     * Records the attempt and the message's new state, as long as this claimant still holds it. A failure
     * leaves it PENDING, due again after the backoff, until its last attempt; then it is FAILED.
     */
    private OutboxStatus record(UUID id, String claimant, Instant started, OutboxStatus outcome, String error) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage message = em.find(OutboxMessage.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            Instant now = Text.now(clock);
            boolean stillOurs = claimant.equals(message.claimedBy);
            String text = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
            em.createNativeQuery("insert into outbox_attempt (id, message_id, attempt, instance, started_at,"
                            + " finished_at, outcome, error) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, id).setParameter(3, message.attempts)
                    .setParameter(4, INSTANCE).setParameter(5, started).setParameter(6, now)
                    .setParameter(7, outcome.name()).setParameter(8, text).executeUpdate();
            if (!stillOurs) {
                // Our lease ran out and another claimant holds the message now: its outcome decides.
                LOG.warnf("Outbox: message %s was claimed again while this instance delivered it; lease too short?", id);
                return outcome;
            }
            OutboxStatus status = outcome;
            if (outcome == OutboxStatus.FAILED && message.attempts < message.maxAttempts) {
                status = OutboxStatus.PENDING;
                message.dueAt = now.plus(backoff(message.attempts));
            }
            message.status = status;
            message.lastError = text;
            message.claimedBy = null;
            message.claimedUntil = null;
            message.updatedAt = now;
            if (status != OutboxStatus.PENDING) {
                message.doneAt = now;
                message.secret = null;
            }
            return status;
        });
    }

    /** The wait after the n-th failed attempt: retry-after, doubled each time, at most max-retry-after. */
    Duration backoff(int attempts) {
        return Retries.doubling(retryAfter, maxRetryAfter, attempts);
    }

    private static String describe(Throwable e) {
        return Retries.describe(e);
    }
}
