package com.stratum.webhook;

import com.stratum.common.Retries;

import com.stratum.common.Text;
import com.stratum.jobs.ClusterJobs;
import com.stratum.notification.NotificationKind;
import com.stratum.notification.Notifications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The webhook job: sends due deliveries, signed. Guarantees (README, "Webhooks"; docs/reliability.md):
 * <ul>
 * <li>A delivery exists only if its change committed ({@link WebhookEvents} writes it in that transaction).</li>
 * <li>At least once, never twice by two instances or overlapping runs: claimed in a short transaction of its own
 * ({@code for update skip locked}, then a lease other claims respect); only the claim's holder records the outcome.
 * An instance that dies after the receiver accepted but before recording leaves the lease to run out, and the
 * delivery is sent again (same event id: receivers deduplicate on it).</li>
 * <li>In order per (webhook, resource): a delivery is not claimed while an earlier one of the same resource for
 * the same webhook is PENDING (also while it waits between retries).</li>
 * <li>A failure (no 2xx answer, a refused target, a timeout) is retried after a backoff doubling from
 * {@code stratum.webhooks.retry-after} up to {@code stratum.webhooks.max-retry-after}, for
 * {@code stratum.webhooks.give-up-after} (24 h) after it was written; then it is FAILED, the webhook is marked
 * failing and every active admin is notified (once, until it recovers).</li>
 * <li>SSRF: the target is checked again before each send ({@link WebhookTargets}); redirects are not followed; the
 * whole exchange is bounded by {@code stratum.webhooks.timeout} (5 s); at most 4 KiB of the answer are read, 1 KiB
 * kept.</li>
 * </ul>
 */
@ApplicationScoped
public class WebhookRelay {
    static final String JOB = "webhooks";
    private static final Logger LOG = Logger.getLogger(WebhookRelay.class);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();
    private static final int BATCH = 20;
    /** Rounds of claims per run: later deliveries of a resource become due as earlier ones are sent. */
    private static final int MAX_ROUNDS = 50;
    static final int READ_AT_MOST = 4096;
    static final int EXCERPT = 1024;
    private static final int MAX_ERROR = 2000;

    private final EntityManager em;
    private final ClusterJobs jobs;
    private final Clock clock;
    private final WebhookTargets targets;
    private final Notifications notifications;
    private final Duration lease;
    private final Duration timeout;
    private final Duration retryAfter;
    private final Duration maxRetryAfter;
    private final Duration giveUpAfter;
    private final HttpClient http;

    public WebhookRelay(EntityManager em, ClusterJobs jobs, Clock clock, WebhookTargets targets,
            Notifications notifications,
            @ConfigProperty(name = "stratum.webhooks.lease", defaultValue = "PT2M") Duration lease,
            @ConfigProperty(name = "stratum.webhooks.timeout", defaultValue = "PT5S") Duration timeout,
            @ConfigProperty(name = "stratum.webhooks.retry-after", defaultValue = "PT30S") Duration retryAfter,
            @ConfigProperty(name = "stratum.webhooks.max-retry-after", defaultValue = "PT1H") Duration maxRetryAfter,
            @ConfigProperty(name = "stratum.webhooks.give-up-after", defaultValue = "PT24H") Duration giveUpAfter) {
        this.em = em;
        this.jobs = jobs;
        this.clock = clock;
        this.targets = targets;
        this.notifications = notifications;
        this.lease = lease;
        this.timeout = timeout;
        this.retryAfter = retryAfter;
        this.maxRetryAfter = maxRetryAfter;
        this.giveUpAfter = giveUpAfter;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Every stratum.jobs.webhooks.every (off in tests, which call {@link #deliverDue}). */
    @Scheduled(identity = JOB, every = "${stratum.jobs.webhooks.every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One run of the job, unless another instance is running it; true when it ran here. */
    public boolean run() {
        return jobs.runOnce(JOB, lease, this::deliverDue);
    }

    /** What one run did: deliveries sent, failed attempts (retried later or given up). */
    public record Result(int sent, int failed) {
    }

    /** Claims and sends every due delivery, a batch at a time, until none is due. */
    public Result deliverDue() {
        String claimant = INSTANCE + " " + UUID.randomUUID();
        int sent = 0;
        int failed = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> claim(claimant));
            if (batch.isEmpty()) {
                break;
            }
            for (UUID id : batch) {
                if (deliver(id, claimant)) {
                    sent++;
                } else {
                    failed++;
                }
            }
        }
        if (sent + failed > 0) {
            LOG.infof("Webhooks: %d sent, %d failed attempts", sent, failed);
        }
        return new Result(sent, failed);
    }

    /**
     * Due deliveries of active webhooks that no other transaction holds, whose lease (if any) ran out and that have
     * no earlier PENDING delivery of the same resource, get this claimant and a lease, and count an attempt.
     */
    private List<UUID> claim(String claimant) {
        Instant now = Text.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                with due as (
                    select d.id from webhook_delivery d join webhook w on w.id = d.webhook_id and w.active
                    where d.status = 'PENDING' and d.due_at <= ?1
                      and (d.claimed_until is null or d.claimed_until <= ?1)
                      and not exists (select 1 from webhook_delivery e where e.webhook_id = d.webhook_id
                          and e.resource_type = d.resource_type and e.resource_id = d.resource_id
                          and e.status = 'PENDING' and e.seq < d.seq)
                    order by d.due_at, d.seq
                    limit ?2
                    for update of d skip locked)
                update webhook_delivery d set claimed_by = ?3, claimed_until = ?4, attempts = d.attempts + 1
                from due where d.id = due.id
                returning d.id""", UUID.class)
                .setParameter(1, now).setParameter(2, BATCH).setParameter(3, claimant)
                .setParameter(4, now.plus(lease)).getResultList();
        return ids;
    }

    private record Outgoing(String url, String secret, String body, UUID eventId, String eventType) {
    }

    private record Outcome(boolean ok, Integer status, String excerpt, String error) {
    }

    private boolean deliver(UUID id, String claimant) {
        Outgoing out = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = em.find(WebhookDelivery.class, id);
            Webhook w = d == null ? null : em.find(Webhook.class, d.webhookId);
            return w == null ? null : new Outgoing(w.url, w.secret, d.body, d.eventId, d.eventType);
        });
        if (out == null) {
            return false; // the webhook was deleted meanwhile, and its deliveries with it
        }
        long started = System.nanoTime();
        Outcome outcome = send(out, id);
        int latency = (int) Math.min(Integer.MAX_VALUE, Duration.ofNanos(System.nanoTime() - started).toMillis());
        record(id, claimant, outcome, latency);
        return outcome.ok();
    }

    private Outcome send(Outgoing out, UUID deliveryId) {
        URI uri;
        try {
            uri = URI.create(out.url());
        } catch (IllegalArgumentException e) {
            return new Outcome(false, null, null, "The webhook's URL is not valid.");
        }
        String refusal = targets.refusal(uri);
        if (refusal != null) {
            return new Outcome(false, null, null, "Not sent: " + refusal);
        }
        long timestamp = Text.now(clock).getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Stratum-Webhooks/1")
                .header("Stratum-Event-Id", out.eventId().toString())
                .header("Stratum-Event-Type", out.eventType())
                .header("Stratum-Delivery-Id", deliveryId.toString())
                .header(WebhookSignature.HEADER, WebhookSignature.header(out.secret(), timestamp, out.body()))
                .POST(HttpRequest.BodyPublishers.ofString(out.body(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                byte[] read = in.readNBytes(READ_AT_MOST);
                excerpt = new String(read, 0, Math.min(read.length, EXCERPT), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(ok, status, excerpt, ok ? null : "The receiver answered " + status
                    + (status >= 300 && status < 400 ? " (redirects are not followed)." : "."));
        } catch (java.net.http.HttpTimeoutException e) {
            return new Outcome(false, null, null, "No answer within " + timeout.toSeconds() + " s.");
        } catch (IOException e) {
            return new Outcome(false, null, null, "Could not reach the receiver: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, null, "Interrupted while sending.");
        }
    }

    /** Records the attempt while this claimant still holds the delivery: SENT, PENDING again, or FAILED. */
    private void record(UUID id, String claimant, Outcome outcome, int latency) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery d = em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (d == null || !claimant.equals(d.claimedBy)) {
                LOG.warnf("Webhooks: delivery %s was claimed again (or deleted) while this instance sent it", id);
                return;
            }
            Instant now = Text.now(clock);
            d.lastAttemptAt = now;
            d.responseStatus = outcome.status();
            d.latencyMs = latency;
            d.responseExcerpt = outcome.excerpt();
            d.lastError = outcome.error() == null || outcome.error().length() <= MAX_ERROR ? outcome.error()
                    : outcome.error().substring(0, MAX_ERROR);
            d.claimedBy = null;
            d.claimedUntil = null;
            Webhook w = em.find(Webhook.class, d.webhookId, LockModeType.PESSIMISTIC_WRITE);
            if (outcome.ok()) {
                d.status = "SENT";
                d.doneAt = now;
                if (w != null && w.failingSince != null) {
                    w.failingSince = null;
                }
                return;
            }
            Instant next = now.plus(backoff(d.attempts));
            if (next.isBefore(d.createdAt.plus(giveUpAfter))) {
                d.dueAt = next;
                return;
            }
            d.status = "FAILED";
            d.doneAt = now;
            if (w != null && w.failingSince == null) {
                w.failingSince = now;
                tellAdmins(w);
            }
        });
    }

    private void tellAdmins(Webhook w) {
        @SuppressWarnings("unchecked")
        List<UUID> admins = em.createNativeQuery("select id from app_user where role = 'ADMIN' and active order by id",
                UUID.class).getResultList();
        for (UUID admin : admins) {
            notifications.send(admin, NotificationKind.WEBHOOK_FAILING, "Webhook " + w.name + " is failing: a"
                    + " delivery was given up after " + giveUpAfter.toHours() + " hours of retries",
                    "/settings/webhooks?webhook=" + w.id);
        }
    }

    /** The wait after the n-th failed attempt: retry-after, doubled each time, at most max-retry-after. */
    Duration backoff(int attempts) {
        return Retries.doubling(retryAfter, maxRetryAfter, attempts);
    }

    private static String describe(Throwable e) {
        return Retries.describe(e);
    }
}
