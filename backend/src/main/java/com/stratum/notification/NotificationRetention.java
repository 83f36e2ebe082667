package com.stratum.notification;

import com.stratum.jobs.ClusterJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Deletes notifications older than 90 days (read or not), once a day, once across the cluster. */
@ApplicationScoped
public class NotificationRetention {
    static final String JOB = "notification-retention";
    /** How long a notification is kept. */
    public static final Duration KEPT = Duration.ofDays(90);
    private static final Logger LOG = Logger.getLogger(NotificationRetention.class);

    private final Notifications notifications;
    private final ClusterJobs jobs;
    private final Clock clock;

    public NotificationRetention(Notifications notifications, ClusterJobs jobs, Clock clock) {
        this.notifications = notifications;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(identity = JOB, every = "${stratum.jobs.notification-retention.every:24h}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runOnce(JOB, Duration.ofMinutes(30), this::deleteExpired);
    }

    /** Deletes what is older than {@link #KEPT}; how many. */
    public int deleteExpired() {
        Instant before = clock.instant().minus(KEPT);
        int deleted = notifications.deleteOlderThan(before);
        if (deleted > 0) {
            LOG.infof("Deleted %d notifications older than %d days", deleted, KEPT.toDays());
        }
        return deleted;
    }
}
